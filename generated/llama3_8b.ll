; ModuleID = 'llama3_8b'
source_filename = "llama3_8b"
target triple = "x86_64-unknown-linux-gnu"

@llama3_8b.name = private unnamed_addr constant [10 x i8] c"llama3_8b\00"
@llama3_8b.spec = private unnamed_addr constant [250 x i8] c"attncc: 1\0Aname: llama3_8b\0Aphase: mixed\0Aheads: {q: 32, kv: 8, dim: 128, v_dim: 128}\0Atypes: {q: f32, cache: f16, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 8192}\0Amask: {causal: true}\0Aoutput: {lse: true}\0A\00"
@llama3_8b_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float } { i32 1, i32 1, i64 -3731649210483418993, ptr @llama3_8b.name, ptr @llama3_8b.spec, i32 32, i32 8, i32 128, i32 128, i32 0, i32 1, i32 0, i32 2, i32 0, i32 0, i32 8192, i32 1, i32 1, float 0x3FB6A09E60000000 }, align 8
@llama3_8b_kernel = internal constant { ptr, ptr, i32, i32, i32, i32 } { ptr @llama3_8b_info_data, ptr @llama3_8b_tile, i32 8, i32 4, i32 16, i32 256 }, align 8

; Function Attrs: nounwind
define internal void @llama3_8b_tile(ptr %0, ptr %1) #0 {
entry:
  %lims148 = alloca [32 x i32], align 64
  %rowbuf149 = alloca [8 x <16 x float>], align 64
  %ot150 = alloca [16384 x i8], align 64
  %st151 = alloca [7680 x i8], align 64
  %vbuf152 = alloca [24576 x i8], align 64
  %kbuf153 = alloca [30720 x i8], align 64
  %qt154 = alloca [16384 x i8], align 64
  %ls155 = alloca [32 x float], align 64
  %ms156 = alloca [32 x float], align 64
  %q_row0 = load i64, ptr %1, align 4
  %2 = getelementptr i8, ptr %1, i64 8
  %seq = load i32, ptr %2, align 4
  %3 = getelementptr i8, ptr %1, i64 12
  %kv_head = load i32, ptr %3, align 4
  %4 = getelementptr i8, ptr %1, i64 16
  %h_begin = load i32, ptr %4, align 4
  %5 = getelementptr i8, ptr %1, i64 20
  %h_end = load i32, ptr %5, align 4
  %nh = sub i32 %h_end, %h_begin
  %6 = getelementptr i8, ptr %1, i64 24
  %q_begin = load i32, ptr %6, align 4
  %7 = getelementptr i8, ptr %1, i64 28
  %q_end = load i32, ptr %7, align 4
  %8 = sub i32 %q_end, %q_begin
  %nrows = mul i32 %8, %nh
  %9 = getelementptr i8, ptr %1, i64 32
  %q_pos0 = load i32, ptr %9, align 4
  %10 = getelementptr i8, ptr %1, i64 36
  %k_begin = load i32, ptr %10, align 4
  %11 = getelementptr i8, ptr %1, i64 40
  %k_end = load i32, ptr %11, align 4
  %12 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %12, align 8
  %13 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %14, align 8
  %15 = getelementptr i8, ptr %0, i64 48
  %lse = load ptr, ptr %15, align 8
  %16 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %16, align 8
  %17 = sext i32 %seq to i64
  %18 = sext i32 %kv_head to i64
  %19 = shl nsw i64 %17, 24
  %20 = shl nsw i64 %18, 8
  %21 = add nsw i64 %19, %20
  %22 = getelementptr i8, ptr %k_cache, i64 %21
  %23 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %23, align 8
  %24 = getelementptr i8, ptr %v_cache, i64 %21
  %25 = icmp sgt i32 %nrows, 0
  br i1 %25, label %qrow.preheader, label %done

qrow.preheader:                                   ; preds = %entry
  %26 = add nsw i32 %nrows, -1
  %27 = shl i32 %kv_head, 2
  %28 = getelementptr inbounds i8, ptr %rowbuf149, i64 64
  %29 = getelementptr inbounds i8, ptr %rowbuf149, i64 128
  %30 = getelementptr inbounds i8, ptr %rowbuf149, i64 192
  %31 = getelementptr inbounds i8, ptr %rowbuf149, i64 256
  %32 = getelementptr inbounds i8, ptr %rowbuf149, i64 320
  %33 = getelementptr inbounds i8, ptr %rowbuf149, i64 384
  %34 = getelementptr inbounds i8, ptr %rowbuf149, i64 448
  br label %qrow

done:                                             ; preds = %orow117, %entry
  ret void

qrow:                                             ; preds = %qrow.preheader, %exit4
  %qrow1 = phi i32 [ %87, %exit4 ], [ 0, %qrow.preheader ]
  %35 = icmp ult i32 %qrow1, 32
  br i1 %35, label %body, label %otzero

body:                                             ; preds = %qrow
  %36 = icmp slt i32 %qrow1, %nrows
  %37 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %26)
  %38 = sdiv i32 %37, %nh
  %qi = add i32 %q_begin, %38
  %39 = srem i32 %37, %nh
  %h = add i32 %h_begin, %39
  %hq = add i32 %27, %h
  %40 = sext i32 %qi to i64
  %41 = add i64 %q_row0, %40
  %42 = sext i32 %hq to i64
  %43 = shl i64 %41, 14
  %44 = shl nsw i64 %42, 9
  %45 = getelementptr i8, ptr %q, i64 %43
  %46 = getelementptr i8, ptr %45, i64 %44
  %47 = select i1 %36, float 0x3FC0527DC0000000, float 0.000000e+00
  %48 = insertelement <16 x float> poison, float %47, i64 0
  %splat = shufflevector <16 x float> %48, <16 x float> poison, <16 x i32> zeroinitializer
  %49 = load <16 x float>, ptr %46, align 4
  %50 = fmul <16 x float> %49, %splat
  store <16 x float> %50, ptr %rowbuf149, align 64
  %51 = getelementptr i8, ptr %46, i64 64
  %52 = load <16 x float>, ptr %51, align 4
  %53 = fmul <16 x float> %52, %splat
  store <16 x float> %53, ptr %28, align 64
  %54 = getelementptr i8, ptr %46, i64 128
  %55 = load <16 x float>, ptr %54, align 4
  %56 = fmul <16 x float> %55, %splat
  store <16 x float> %56, ptr %29, align 64
  %57 = getelementptr i8, ptr %46, i64 192
  %58 = load <16 x float>, ptr %57, align 4
  %59 = fmul <16 x float> %58, %splat
  store <16 x float> %59, ptr %30, align 64
  %60 = getelementptr i8, ptr %46, i64 256
  %61 = load <16 x float>, ptr %60, align 4
  %62 = fmul <16 x float> %61, %splat
  store <16 x float> %62, ptr %31, align 64
  %63 = getelementptr i8, ptr %46, i64 320
  %64 = load <16 x float>, ptr %63, align 4
  %65 = fmul <16 x float> %64, %splat
  store <16 x float> %65, ptr %32, align 64
  %66 = getelementptr i8, ptr %46, i64 384
  %67 = load <16 x float>, ptr %66, align 4
  %68 = fmul <16 x float> %67, %splat
  store <16 x float> %68, ptr %33, align 64
  %69 = getelementptr i8, ptr %46, i64 448
  %70 = load <16 x float>, ptr %69, align 4
  %71 = fmul <16 x float> %70, %splat
  store <16 x float> %71, ptr %34, align 64
  %72 = zext nneg i32 %qrow1 to i64
  %73 = getelementptr i32, ptr %lims148, i64 %72
  %74 = add i32 %q_pos0, %qi
  %75 = add i32 %74, 1
  %76 = call i32 @llvm.smin.i32(i32 %75, i32 %k_end)
  store i32 %76, ptr %73, align 4
  %77 = shl nuw nsw i64 %72, 2
  br label %qcol

qcol:                                             ; preds = %body2, %body
  %qcol5 = phi i32 [ 0, %body ], [ %86, %body2 ]
  %78 = icmp ult i32 %qcol5, 128
  br i1 %78, label %body2, label %exit4

body2:                                            ; preds = %qcol
  %79 = zext nneg i32 %qcol5 to i64
  %80 = shl nuw nsw i64 %79, 2
  %81 = getelementptr i8, ptr %rowbuf149, i64 %80
  %82 = load float, ptr %81, align 4
  %83 = shl nuw nsw i64 %79, 7
  %84 = or disjoint i64 %83, %77
  %85 = getelementptr i8, ptr %qt154, i64 %84
  store float %82, ptr %85, align 4
  %86 = add nuw nsw i32 %qcol5, 1
  br label %qcol

exit4:                                            ; preds = %qcol
  %87 = add nuw nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body6
  %otzero9 = phi i32 [ %92, %body6 ], [ 0, %qrow ]
  %88 = icmp ult i32 %otzero9, 256
  br i1 %88, label %body6, label %exit8

body6:                                            ; preds = %otzero
  %89 = shl nuw nsw i32 %otzero9, 6
  %90 = zext nneg i32 %89 to i64
  %91 = getelementptr i8, ptr %ot150, i64 %90
  store <16 x float> zeroinitializer, ptr %91, align 64
  %92 = add nuw nsw i32 %otzero9, 1
  br label %otzero

exit8:                                            ; preds = %otzero
  %93 = sdiv i32 %26, %nh
  %94 = add i32 %q_begin, %93
  %95 = add i32 %q_pos0, %94
  %96 = add i32 %95, 1
  %97 = call i32 @llvm.smin.i32(i32 %96, i32 %k_end)
  %k_last = add i32 %97, -1
  %98 = getelementptr inbounds i8, ptr %lims148, i64 64
  br label %ktile

ktile:                                            ; preds = %exit95, %exit8
  %99 = phi <16 x float> [ zeroinitializer, %exit8 ], [ %446, %exit95 ]
  %100 = phi <16 x float> [ zeroinitializer, %exit8 ], [ %445, %exit95 ]
  %101 = phi <16 x float> [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %exit8 ], [ %388, %exit95 ]
  %m371 = phi <16 x float> [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %exit8 ], [ %372, %exit95 ]
  %ktile13 = phi i32 [ %k_begin, %exit8 ], [ %529, %exit95 ]
  %102 = icmp slt i32 %ktile13, %97
  br i1 %102, label %body10, label %exit12

body10:                                           ; preds = %ktile
  %limv = load <16 x i32>, ptr %lims148, align 64
  %limv14 = load <16 x i32>, ptr %98, align 64
  %103 = sub i32 %97, %ktile13
  %.fr = freeze i32 %103
  %104 = call i32 @llvm.smin.i32(i32 %.fr, i32 48)
  %105 = add nsw i32 %104, 11
  %106 = srem i32 %105, 12
  %107 = sub nsw i32 %105, %106
  br label %kpack

exit12:                                           ; preds = %ktile
  store <16 x float> %m371, ptr %ms156, align 64
  store <16 x float> %100, ptr %ls155, align 64
  %108 = getelementptr inbounds i8, ptr %ms156, i64 64
  store <16 x float> %101, ptr %108, align 64
  %109 = getelementptr inbounds i8, ptr %ls155, i64 64
  store <16 x float> %99, ptr %109, align 64
  %.not = icmp eq ptr %part, null
  %110 = zext nneg i32 %nrows to i64
  %111 = shl nuw nsw i64 %110, 7
  %invariant.gep418 = getelementptr float, ptr %part, i64 %110
  br label %orow117

kpack:                                            ; preds = %body15, %body10
  %kpack18 = phi i32 [ 0, %body10 ], [ %150, %body15 ]
  %112 = icmp slt i32 %kpack18, %107
  br i1 %112, label %body15, label %vpack

body15:                                           ; preds = %kpack
  %113 = add i32 %ktile13, %kpack18
  %114 = call i32 @llvm.smin.i32(i32 %113, i32 %k_last)
  %115 = sext i32 %114 to i64
  %116 = shl nsw i64 %115, 11
  %117 = getelementptr i8, ptr %22, i64 %116
  %118 = load <16 x half>, ptr %117, align 2
  %f16 = fpext <16 x half> %118 to <16 x float>
  %119 = zext nneg i32 %kpack18 to i64
  %120 = shl nuw nsw i64 %119, 9
  %121 = getelementptr i8, ptr %kbuf153, i64 %120
  store <16 x float> %f16, ptr %121, align 64
  %122 = getelementptr i8, ptr %117, i64 32
  %123 = load <16 x half>, ptr %122, align 2
  %f1619 = fpext <16 x half> %123 to <16 x float>
  %124 = or disjoint i64 %120, 64
  %125 = getelementptr i8, ptr %kbuf153, i64 %124
  store <16 x float> %f1619, ptr %125, align 64
  %126 = getelementptr i8, ptr %117, i64 64
  %127 = load <16 x half>, ptr %126, align 2
  %f1620 = fpext <16 x half> %127 to <16 x float>
  %128 = or disjoint i64 %120, 128
  %129 = getelementptr i8, ptr %kbuf153, i64 %128
  store <16 x float> %f1620, ptr %129, align 64
  %130 = getelementptr i8, ptr %117, i64 96
  %131 = load <16 x half>, ptr %130, align 2
  %f1621 = fpext <16 x half> %131 to <16 x float>
  %132 = or disjoint i64 %120, 192
  %133 = getelementptr i8, ptr %kbuf153, i64 %132
  store <16 x float> %f1621, ptr %133, align 64
  %134 = getelementptr i8, ptr %117, i64 128
  %135 = load <16 x half>, ptr %134, align 2
  %f1622 = fpext <16 x half> %135 to <16 x float>
  %136 = or disjoint i64 %120, 256
  %137 = getelementptr i8, ptr %kbuf153, i64 %136
  store <16 x float> %f1622, ptr %137, align 64
  %138 = getelementptr i8, ptr %117, i64 160
  %139 = load <16 x half>, ptr %138, align 2
  %f1623 = fpext <16 x half> %139 to <16 x float>
  %140 = or disjoint i64 %120, 320
  %141 = getelementptr i8, ptr %kbuf153, i64 %140
  store <16 x float> %f1623, ptr %141, align 64
  %142 = getelementptr i8, ptr %117, i64 192
  %143 = load <16 x half>, ptr %142, align 2
  %f1624 = fpext <16 x half> %143 to <16 x float>
  %144 = or disjoint i64 %120, 384
  %145 = getelementptr i8, ptr %kbuf153, i64 %144
  store <16 x float> %f1624, ptr %145, align 64
  %146 = getelementptr i8, ptr %117, i64 224
  %147 = load <16 x half>, ptr %146, align 2
  %f1625 = fpext <16 x half> %147 to <16 x float>
  %148 = or disjoint i64 %120, 448
  %149 = getelementptr i8, ptr %kbuf153, i64 %148
  store <16 x float> %f1625, ptr %149, align 64
  %150 = add nuw nsw i32 %kpack18, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %body26
  %vpack29 = phi i32 [ %188, %body26 ], [ 0, %kpack ]
  %151 = icmp slt i32 %vpack29, %104
  br i1 %151, label %body26, label %sblock

body26:                                           ; preds = %vpack
  %152 = add i32 %ktile13, %vpack29
  %153 = sext i32 %152 to i64
  %154 = shl nsw i64 %153, 11
  %155 = getelementptr i8, ptr %24, i64 %154
  %156 = load <16 x half>, ptr %155, align 2
  %f1630 = fpext <16 x half> %156 to <16 x float>
  %157 = zext nneg i32 %vpack29 to i64
  %158 = shl nuw nsw i64 %157, 9
  %159 = getelementptr i8, ptr %vbuf152, i64 %158
  store <16 x float> %f1630, ptr %159, align 64
  %160 = getelementptr i8, ptr %155, i64 32
  %161 = load <16 x half>, ptr %160, align 2
  %f1631 = fpext <16 x half> %161 to <16 x float>
  %162 = or disjoint i64 %158, 64
  %163 = getelementptr i8, ptr %vbuf152, i64 %162
  store <16 x float> %f1631, ptr %163, align 64
  %164 = getelementptr i8, ptr %155, i64 64
  %165 = load <16 x half>, ptr %164, align 2
  %f1632 = fpext <16 x half> %165 to <16 x float>
  %166 = or disjoint i64 %158, 128
  %167 = getelementptr i8, ptr %vbuf152, i64 %166
  store <16 x float> %f1632, ptr %167, align 64
  %168 = getelementptr i8, ptr %155, i64 96
  %169 = load <16 x half>, ptr %168, align 2
  %f1633 = fpext <16 x half> %169 to <16 x float>
  %170 = or disjoint i64 %158, 192
  %171 = getelementptr i8, ptr %vbuf152, i64 %170
  store <16 x float> %f1633, ptr %171, align 64
  %172 = getelementptr i8, ptr %155, i64 128
  %173 = load <16 x half>, ptr %172, align 2
  %f1634 = fpext <16 x half> %173 to <16 x float>
  %174 = or disjoint i64 %158, 256
  %175 = getelementptr i8, ptr %vbuf152, i64 %174
  store <16 x float> %f1634, ptr %175, align 64
  %176 = getelementptr i8, ptr %155, i64 160
  %177 = load <16 x half>, ptr %176, align 2
  %f1635 = fpext <16 x half> %177 to <16 x float>
  %178 = or disjoint i64 %158, 320
  %179 = getelementptr i8, ptr %vbuf152, i64 %178
  store <16 x float> %f1635, ptr %179, align 64
  %180 = getelementptr i8, ptr %155, i64 192
  %181 = load <16 x half>, ptr %180, align 2
  %f1636 = fpext <16 x half> %181 to <16 x float>
  %182 = or disjoint i64 %158, 384
  %183 = getelementptr i8, ptr %vbuf152, i64 %182
  store <16 x float> %f1636, ptr %183, align 64
  %184 = getelementptr i8, ptr %155, i64 224
  %185 = load <16 x half>, ptr %184, align 2
  %f1637 = fpext <16 x half> %185 to <16 x float>
  %186 = or disjoint i64 %158, 448
  %187 = getelementptr i8, ptr %vbuf152, i64 %186
  store <16 x float> %f1637, ptr %187, align 64
  %188 = add nuw nsw i32 %vpack29, 1
  br label %vpack

sblock:                                           ; preds = %vpack, %exit44
  %sblock41 = phi i32 [ %354, %exit44 ], [ 0, %vpack ]
  %189 = icmp slt i32 %sblock41, %104
  br i1 %189, label %body38, label %smask

body38:                                           ; preds = %sblock
  %190 = zext nneg i32 %sblock41 to i64
  %191 = shl nuw nsw i64 %190, 9
  %192 = getelementptr i8, ptr %kbuf153, i64 %191
  br label %sdim

sdim:                                             ; preds = %body42, %body38
  %193 = phi <16 x float> [ zeroinitializer, %body38 ], [ %282, %body42 ]
  %194 = phi <16 x float> [ zeroinitializer, %body38 ], [ %281, %body42 ]
  %195 = phi <16 x float> [ zeroinitializer, %body38 ], [ %277, %body42 ]
  %196 = phi <16 x float> [ zeroinitializer, %body38 ], [ %276, %body42 ]
  %197 = phi <16 x float> [ zeroinitializer, %body38 ], [ %272, %body42 ]
  %198 = phi <16 x float> [ zeroinitializer, %body38 ], [ %271, %body42 ]
  %199 = phi <16 x float> [ zeroinitializer, %body38 ], [ %267, %body42 ]
  %200 = phi <16 x float> [ zeroinitializer, %body38 ], [ %266, %body42 ]
  %201 = phi <16 x float> [ zeroinitializer, %body38 ], [ %262, %body42 ]
  %202 = phi <16 x float> [ zeroinitializer, %body38 ], [ %261, %body42 ]
  %203 = phi <16 x float> [ zeroinitializer, %body38 ], [ %257, %body42 ]
  %204 = phi <16 x float> [ zeroinitializer, %body38 ], [ %256, %body42 ]
  %205 = phi <16 x float> [ zeroinitializer, %body38 ], [ %252, %body42 ]
  %206 = phi <16 x float> [ zeroinitializer, %body38 ], [ %251, %body42 ]
  %207 = phi <16 x float> [ zeroinitializer, %body38 ], [ %247, %body42 ]
  %208 = phi <16 x float> [ zeroinitializer, %body38 ], [ %246, %body42 ]
  %209 = phi <16 x float> [ zeroinitializer, %body38 ], [ %242, %body42 ]
  %210 = phi <16 x float> [ zeroinitializer, %body38 ], [ %241, %body42 ]
  %211 = phi <16 x float> [ zeroinitializer, %body38 ], [ %237, %body42 ]
  %212 = phi <16 x float> [ zeroinitializer, %body38 ], [ %236, %body42 ]
  %213 = phi <16 x float> [ zeroinitializer, %body38 ], [ %232, %body42 ]
  %214 = phi <16 x float> [ zeroinitializer, %body38 ], [ %231, %body42 ]
  %215 = phi <16 x float> [ zeroinitializer, %body38 ], [ %227, %body42 ]
  %216 = phi <16 x float> [ zeroinitializer, %body38 ], [ %226, %body42 ]
  %sdim45 = phi i32 [ 0, %body38 ], [ %283, %body42 ]
  %217 = icmp ult i32 %sdim45, 128
  br i1 %217, label %body42, label %exit44

body42:                                           ; preds = %sdim
  %218 = zext nneg i32 %sdim45 to i64
  %219 = shl nuw nsw i64 %218, 7
  %220 = getelementptr i8, ptr %qt154, i64 %219
  %qt46 = load <16 x float>, ptr %220, align 64
  %221 = or disjoint i64 %219, 64
  %222 = getelementptr i8, ptr %qt154, i64 %221
  %qt47 = load <16 x float>, ptr %222, align 64
  %223 = shl nuw nsw i64 %218, 2
  %224 = getelementptr i8, ptr %192, i64 %223
  %k = load float, ptr %224, align 4
  %225 = insertelement <16 x float> poison, float %k, i64 0
  %splat48 = shufflevector <16 x float> %225, <16 x float> poison, <16 x i32> zeroinitializer
  %226 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat48, <16 x float> %216)
  %227 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt47, <16 x float> %splat48, <16 x float> %215)
  %228 = or disjoint i64 %223, 512
  %229 = getelementptr i8, ptr %192, i64 %228
  %k49 = load float, ptr %229, align 4
  %230 = insertelement <16 x float> poison, float %k49, i64 0
  %splat50 = shufflevector <16 x float> %230, <16 x float> poison, <16 x i32> zeroinitializer
  %231 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat50, <16 x float> %214)
  %232 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt47, <16 x float> %splat50, <16 x float> %213)
  %233 = or disjoint i64 %223, 1024
  %234 = getelementptr i8, ptr %192, i64 %233
  %k51 = load float, ptr %234, align 4
  %235 = insertelement <16 x float> poison, float %k51, i64 0
  %splat52 = shufflevector <16 x float> %235, <16 x float> poison, <16 x i32> zeroinitializer
  %236 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat52, <16 x float> %212)
  %237 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt47, <16 x float> %splat52, <16 x float> %211)
  %238 = or disjoint i64 %223, 1536
  %239 = getelementptr i8, ptr %192, i64 %238
  %k53 = load float, ptr %239, align 4
  %240 = insertelement <16 x float> poison, float %k53, i64 0
  %splat54 = shufflevector <16 x float> %240, <16 x float> poison, <16 x i32> zeroinitializer
  %241 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat54, <16 x float> %210)
  %242 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt47, <16 x float> %splat54, <16 x float> %209)
  %243 = or disjoint i64 %223, 2048
  %244 = getelementptr i8, ptr %192, i64 %243
  %k55 = load float, ptr %244, align 4
  %245 = insertelement <16 x float> poison, float %k55, i64 0
  %splat56 = shufflevector <16 x float> %245, <16 x float> poison, <16 x i32> zeroinitializer
  %246 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat56, <16 x float> %208)
  %247 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt47, <16 x float> %splat56, <16 x float> %207)
  %248 = or disjoint i64 %223, 2560
  %249 = getelementptr i8, ptr %192, i64 %248
  %k57 = load float, ptr %249, align 4
  %250 = insertelement <16 x float> poison, float %k57, i64 0
  %splat58 = shufflevector <16 x float> %250, <16 x float> poison, <16 x i32> zeroinitializer
  %251 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat58, <16 x float> %206)
  %252 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt47, <16 x float> %splat58, <16 x float> %205)
  %253 = or disjoint i64 %223, 3072
  %254 = getelementptr i8, ptr %192, i64 %253
  %k59 = load float, ptr %254, align 4
  %255 = insertelement <16 x float> poison, float %k59, i64 0
  %splat60 = shufflevector <16 x float> %255, <16 x float> poison, <16 x i32> zeroinitializer
  %256 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat60, <16 x float> %204)
  %257 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt47, <16 x float> %splat60, <16 x float> %203)
  %258 = or disjoint i64 %223, 3584
  %259 = getelementptr i8, ptr %192, i64 %258
  %k61 = load float, ptr %259, align 4
  %260 = insertelement <16 x float> poison, float %k61, i64 0
  %splat62 = shufflevector <16 x float> %260, <16 x float> poison, <16 x i32> zeroinitializer
  %261 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat62, <16 x float> %202)
  %262 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt47, <16 x float> %splat62, <16 x float> %201)
  %263 = or disjoint i64 %223, 4096
  %264 = getelementptr i8, ptr %192, i64 %263
  %k63 = load float, ptr %264, align 4
  %265 = insertelement <16 x float> poison, float %k63, i64 0
  %splat64 = shufflevector <16 x float> %265, <16 x float> poison, <16 x i32> zeroinitializer
  %266 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat64, <16 x float> %200)
  %267 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt47, <16 x float> %splat64, <16 x float> %199)
  %268 = or disjoint i64 %223, 4608
  %269 = getelementptr i8, ptr %192, i64 %268
  %k65 = load float, ptr %269, align 4
  %270 = insertelement <16 x float> poison, float %k65, i64 0
  %splat66 = shufflevector <16 x float> %270, <16 x float> poison, <16 x i32> zeroinitializer
  %271 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat66, <16 x float> %198)
  %272 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt47, <16 x float> %splat66, <16 x float> %197)
  %273 = or disjoint i64 %223, 5120
  %274 = getelementptr i8, ptr %192, i64 %273
  %k67 = load float, ptr %274, align 4
  %275 = insertelement <16 x float> poison, float %k67, i64 0
  %splat68 = shufflevector <16 x float> %275, <16 x float> poison, <16 x i32> zeroinitializer
  %276 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat68, <16 x float> %196)
  %277 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt47, <16 x float> %splat68, <16 x float> %195)
  %278 = or disjoint i64 %223, 5632
  %279 = getelementptr i8, ptr %192, i64 %278
  %k69 = load float, ptr %279, align 4
  %280 = insertelement <16 x float> poison, float %k69, i64 0
  %splat70 = shufflevector <16 x float> %280, <16 x float> poison, <16 x i32> zeroinitializer
  %281 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat70, <16 x float> %194)
  %282 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt47, <16 x float> %splat70, <16 x float> %193)
  %283 = add nuw nsw i32 %sdim45, 1
  br label %sdim

exit44:                                           ; preds = %sdim
  %284 = shl nuw nsw i64 %190, 7
  %285 = getelementptr i8, ptr %st151, i64 %284
  store <16 x float> %216, ptr %285, align 64
  %286 = or disjoint i64 %284, 64
  %287 = getelementptr i8, ptr %st151, i64 %286
  store <16 x float> %215, ptr %287, align 64
  %288 = or disjoint i32 %sblock41, 1
  %289 = zext nneg i32 %288 to i64
  %290 = shl nuw nsw i64 %289, 7
  %291 = getelementptr i8, ptr %st151, i64 %290
  store <16 x float> %214, ptr %291, align 64
  %292 = or disjoint i64 %290, 64
  %293 = getelementptr i8, ptr %st151, i64 %292
  store <16 x float> %213, ptr %293, align 64
  %294 = or disjoint i32 %sblock41, 2
  %295 = zext nneg i32 %294 to i64
  %296 = shl nuw nsw i64 %295, 7
  %297 = getelementptr i8, ptr %st151, i64 %296
  store <16 x float> %212, ptr %297, align 64
  %298 = or disjoint i64 %296, 64
  %299 = getelementptr i8, ptr %st151, i64 %298
  store <16 x float> %211, ptr %299, align 64
  %300 = or disjoint i32 %sblock41, 3
  %301 = zext nneg i32 %300 to i64
  %302 = shl nuw nsw i64 %301, 7
  %303 = getelementptr i8, ptr %st151, i64 %302
  store <16 x float> %210, ptr %303, align 64
  %304 = or disjoint i64 %302, 64
  %305 = getelementptr i8, ptr %st151, i64 %304
  store <16 x float> %209, ptr %305, align 64
  %306 = add nuw i32 %sblock41, 4
  %307 = sext i32 %306 to i64
  %308 = shl nsw i64 %307, 7
  %309 = getelementptr i8, ptr %st151, i64 %308
  store <16 x float> %208, ptr %309, align 64
  %310 = or disjoint i64 %308, 64
  %311 = getelementptr i8, ptr %st151, i64 %310
  store <16 x float> %207, ptr %311, align 64
  %312 = add nuw i32 %sblock41, 5
  %313 = sext i32 %312 to i64
  %314 = shl nsw i64 %313, 7
  %315 = getelementptr i8, ptr %st151, i64 %314
  store <16 x float> %206, ptr %315, align 64
  %316 = or disjoint i64 %314, 64
  %317 = getelementptr i8, ptr %st151, i64 %316
  store <16 x float> %205, ptr %317, align 64
  %318 = add nuw i32 %sblock41, 6
  %319 = sext i32 %318 to i64
  %320 = shl nsw i64 %319, 7
  %321 = getelementptr i8, ptr %st151, i64 %320
  store <16 x float> %204, ptr %321, align 64
  %322 = or disjoint i64 %320, 64
  %323 = getelementptr i8, ptr %st151, i64 %322
  store <16 x float> %203, ptr %323, align 64
  %324 = add nuw i32 %sblock41, 7
  %325 = sext i32 %324 to i64
  %326 = shl nsw i64 %325, 7
  %327 = getelementptr i8, ptr %st151, i64 %326
  store <16 x float> %202, ptr %327, align 64
  %328 = or disjoint i64 %326, 64
  %329 = getelementptr i8, ptr %st151, i64 %328
  store <16 x float> %201, ptr %329, align 64
  %330 = add nuw i32 %sblock41, 8
  %331 = sext i32 %330 to i64
  %332 = shl nsw i64 %331, 7
  %333 = getelementptr i8, ptr %st151, i64 %332
  store <16 x float> %200, ptr %333, align 64
  %334 = or disjoint i64 %332, 64
  %335 = getelementptr i8, ptr %st151, i64 %334
  store <16 x float> %199, ptr %335, align 64
  %336 = add nuw i32 %sblock41, 9
  %337 = sext i32 %336 to i64
  %338 = shl nsw i64 %337, 7
  %339 = getelementptr i8, ptr %st151, i64 %338
  store <16 x float> %198, ptr %339, align 64
  %340 = or disjoint i64 %338, 64
  %341 = getelementptr i8, ptr %st151, i64 %340
  store <16 x float> %197, ptr %341, align 64
  %342 = add nuw i32 %sblock41, 10
  %343 = sext i32 %342 to i64
  %344 = shl nsw i64 %343, 7
  %345 = getelementptr i8, ptr %st151, i64 %344
  store <16 x float> %196, ptr %345, align 64
  %346 = or disjoint i64 %344, 64
  %347 = getelementptr i8, ptr %st151, i64 %346
  store <16 x float> %195, ptr %347, align 64
  %348 = add nuw i32 %sblock41, 11
  %349 = sext i32 %348 to i64
  %350 = shl nsw i64 %349, 7
  %351 = getelementptr i8, ptr %st151, i64 %350
  store <16 x float> %194, ptr %351, align 64
  %352 = or disjoint i64 %350, 64
  %353 = getelementptr i8, ptr %st151, i64 %352
  store <16 x float> %193, ptr %353, align 64
  %354 = add nuw nsw i32 %sblock41, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body71
  %355 = phi <16 x float> [ %370, %body71 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %356 = phi <16 x float> [ %365, %body71 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask74 = phi i32 [ %371, %body71 ], [ 0, %sblock ]
  %357 = icmp slt i32 %smask74, %104
  br i1 %357, label %body71, label %exit73

body71:                                           ; preds = %smask
  %358 = add i32 %ktile13, %smask74
  %359 = insertelement <16 x i32> poison, i32 %358, i64 0
  %splat75 = shufflevector <16 x i32> %359, <16 x i32> poison, <16 x i32> zeroinitializer
  %360 = zext nneg i32 %smask74 to i64
  %361 = shl nuw nsw i64 %360, 7
  %362 = getelementptr i8, ptr %st151, i64 %361
  %s = load <16 x float>, ptr %362, align 64
  %363 = icmp slt <16 x i32> %splat75, %limv
  %364 = select <16 x i1> %363, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %364, ptr %362, align 64
  %365 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %356, <16 x float> %364)
  %366 = or disjoint i64 %361, 64
  %367 = getelementptr i8, ptr %st151, i64 %366
  %s76 = load <16 x float>, ptr %367, align 64
  %368 = icmp slt <16 x i32> %splat75, %limv14
  %369 = select <16 x i1> %368, <16 x float> %s76, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %369, ptr %367, align 64
  %370 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %355, <16 x float> %369)
  %371 = add nuw nsw i32 %smask74, 1
  br label %smask

exit73:                                           ; preds = %smask
  %372 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m371, <16 x float> %356)
  %373 = fcmp oeq <16 x float> %372, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse77 = select <16 x i1> %373, <16 x float> zeroinitializer, <16 x float> %372
  %374 = fsub <16 x float> %m371, %muse77
  %375 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %374, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %376 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %375, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %377 = fadd <16 x float> %376, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fadd <16 x float> %377, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f = fsub <16 x float> %376, %n
  %378 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %379 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %378, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %380 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %379, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %381 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %380, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %382 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %381, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %383 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %382, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %384 = fptosi <16 x float> %n to <16 x i32>
  %385 = shl <16 x i32> %384, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %386 = add <16 x i32> %385, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %387 = bitcast <16 x i32> %386 to <16 x float>
  %exp2 = fmul <16 x float> %383, %387
  %388 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %101, <16 x float> %355)
  %389 = fcmp oeq <16 x float> %388, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse79 = select <16 x i1> %389, <16 x float> zeroinitializer, <16 x float> %388
  %390 = fsub <16 x float> %101, %muse79
  %391 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %390, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %392 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %391, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %393 = fadd <16 x float> %392, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n80 = fadd <16 x float> %393, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f81 = fsub <16 x float> %392, %n80
  %394 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f81, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %395 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %394, <16 x float> %f81, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %396 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %395, <16 x float> %f81, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %397 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %396, <16 x float> %f81, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %398 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %397, <16 x float> %f81, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %399 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %398, <16 x float> %f81, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %400 = fptosi <16 x float> %n80 to <16 x i32>
  %401 = shl <16 x i32> %400, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %402 = add <16 x i32> %401, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %403 = bitcast <16 x i32> %402 to <16 x float>
  %exp282 = fmul <16 x float> %399, %403
  br label %sexp

sexp:                                             ; preds = %body83, %exit73
  %404 = phi <16 x float> [ zeroinitializer, %exit73 ], [ %443, %body83 ]
  %405 = phi <16 x float> [ zeroinitializer, %exit73 ], [ %425, %body83 ]
  %sexp86 = phi i32 [ 0, %exit73 ], [ %444, %body83 ]
  %406 = icmp slt i32 %sexp86, %104
  br i1 %406, label %body83, label %exit85

body83:                                           ; preds = %sexp
  %407 = zext nneg i32 %sexp86 to i64
  %408 = shl nuw nsw i64 %407, 7
  %409 = getelementptr i8, ptr %st151, i64 %408
  %410 = load <16 x float>, ptr %409, align 64
  %411 = fsub <16 x float> %410, %muse77
  %412 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %411, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %413 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %412, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %414 = fadd <16 x float> %413, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n87 = fadd <16 x float> %414, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f88 = fsub <16 x float> %413, %n87
  %415 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f88, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %416 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %415, <16 x float> %f88, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %417 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %416, <16 x float> %f88, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %418 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %417, <16 x float> %f88, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %419 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %418, <16 x float> %f88, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %420 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %419, <16 x float> %f88, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %421 = fptosi <16 x float> %n87 to <16 x i32>
  %422 = shl <16 x i32> %421, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %423 = add <16 x i32> %422, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %424 = bitcast <16 x i32> %423 to <16 x float>
  %exp289 = fmul <16 x float> %420, %424
  store <16 x float> %exp289, ptr %409, align 64
  %425 = fadd <16 x float> %405, %exp289
  %426 = or disjoint i64 %408, 64
  %427 = getelementptr i8, ptr %st151, i64 %426
  %428 = load <16 x float>, ptr %427, align 64
  %429 = fsub <16 x float> %428, %muse79
  %430 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %429, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %431 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %430, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %432 = fadd <16 x float> %431, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n90 = fadd <16 x float> %432, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f91 = fsub <16 x float> %431, %n90
  %433 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f91, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %434 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %433, <16 x float> %f91, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %435 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %434, <16 x float> %f91, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %436 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %435, <16 x float> %f91, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %437 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %436, <16 x float> %f91, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %438 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %437, <16 x float> %f91, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %439 = fptosi <16 x float> %n90 to <16 x i32>
  %440 = shl <16 x i32> %439, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %441 = add <16 x i32> %440, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %442 = bitcast <16 x i32> %441 to <16 x float>
  %exp292 = fmul <16 x float> %438, %442
  store <16 x float> %exp292, ptr %427, align 64
  %443 = fadd <16 x float> %404, %exp292
  %444 = add nuw nsw i32 %sexp86, 1
  br label %sexp

exit85:                                           ; preds = %sexp
  %445 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %100, <16 x float> %exp2, <16 x float> %405)
  %446 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %99, <16 x float> %exp282, <16 x float> %404)
  br label %pvblock

pvblock:                                          ; preds = %exit99, %exit85
  %pvblock96 = phi i32 [ 0, %exit85 ], [ %587, %exit99 ]
  %447 = icmp ult i32 %pvblock96, 16
  br i1 %447, label %body93, label %exit95

body93:                                           ; preds = %pvblock
  %448 = shl nuw nsw i32 %pvblock96, 3
  %449 = zext nneg i32 %448 to i64
  %450 = shl nuw nsw i64 %449, 7
  %451 = getelementptr i8, ptr %ot150, i64 %450
  %452 = load <16 x float>, ptr %451, align 64
  %453 = fmul <16 x float> %452, %exp2
  %454 = or disjoint i64 %450, 64
  %455 = getelementptr i8, ptr %ot150, i64 %454
  %456 = load <16 x float>, ptr %455, align 64
  %457 = fmul <16 x float> %456, %exp282
  %458 = or disjoint i64 %449, 1
  %459 = shl nuw nsw i64 %458, 7
  %460 = getelementptr i8, ptr %ot150, i64 %459
  %461 = load <16 x float>, ptr %460, align 64
  %462 = fmul <16 x float> %461, %exp2
  %463 = or disjoint i64 %459, 64
  %464 = getelementptr i8, ptr %ot150, i64 %463
  %465 = load <16 x float>, ptr %464, align 64
  %466 = fmul <16 x float> %465, %exp282
  %467 = or disjoint i64 %449, 2
  %468 = shl nuw nsw i64 %467, 7
  %469 = getelementptr i8, ptr %ot150, i64 %468
  %470 = load <16 x float>, ptr %469, align 64
  %471 = fmul <16 x float> %470, %exp2
  %472 = or disjoint i64 %468, 64
  %473 = getelementptr i8, ptr %ot150, i64 %472
  %474 = load <16 x float>, ptr %473, align 64
  %475 = fmul <16 x float> %474, %exp282
  %476 = or disjoint i64 %449, 3
  %477 = shl nuw nsw i64 %476, 7
  %478 = getelementptr i8, ptr %ot150, i64 %477
  %479 = load <16 x float>, ptr %478, align 64
  %480 = fmul <16 x float> %479, %exp2
  %481 = or disjoint i64 %477, 64
  %482 = getelementptr i8, ptr %ot150, i64 %481
  %483 = load <16 x float>, ptr %482, align 64
  %484 = fmul <16 x float> %483, %exp282
  %485 = or disjoint i64 %449, 4
  %486 = shl nuw nsw i64 %485, 7
  %487 = getelementptr i8, ptr %ot150, i64 %486
  %488 = load <16 x float>, ptr %487, align 64
  %489 = fmul <16 x float> %488, %exp2
  %490 = or disjoint i64 %486, 64
  %491 = getelementptr i8, ptr %ot150, i64 %490
  %492 = load <16 x float>, ptr %491, align 64
  %493 = fmul <16 x float> %492, %exp282
  %494 = or disjoint i64 %449, 5
  %495 = shl nuw nsw i64 %494, 7
  %496 = getelementptr i8, ptr %ot150, i64 %495
  %497 = load <16 x float>, ptr %496, align 64
  %498 = fmul <16 x float> %497, %exp2
  %499 = or disjoint i64 %495, 64
  %500 = getelementptr i8, ptr %ot150, i64 %499
  %501 = load <16 x float>, ptr %500, align 64
  %502 = fmul <16 x float> %501, %exp282
  %503 = or disjoint i64 %449, 6
  %504 = shl nuw nsw i64 %503, 7
  %505 = getelementptr i8, ptr %ot150, i64 %504
  %506 = load <16 x float>, ptr %505, align 64
  %507 = fmul <16 x float> %506, %exp2
  %508 = or disjoint i64 %504, 64
  %509 = getelementptr i8, ptr %ot150, i64 %508
  %510 = load <16 x float>, ptr %509, align 64
  %511 = fmul <16 x float> %510, %exp282
  %512 = or disjoint i64 %449, 7
  %513 = shl nuw nsw i64 %512, 7
  %514 = getelementptr i8, ptr %ot150, i64 %513
  %515 = load <16 x float>, ptr %514, align 64
  %516 = fmul <16 x float> %515, %exp2
  %517 = or disjoint i64 %513, 64
  %518 = getelementptr i8, ptr %ot150, i64 %517
  %519 = load <16 x float>, ptr %518, align 64
  %520 = fmul <16 x float> %519, %exp282
  %521 = shl nuw nsw i64 %449, 2
  %522 = shl nuw nsw i64 %458, 2
  %523 = shl nuw nsw i64 %467, 2
  %524 = shl nuw nsw i64 %476, 2
  %525 = shl nuw nsw i64 %485, 2
  %526 = shl nuw nsw i64 %494, 2
  %527 = shl nuw nsw i64 %503, 2
  %528 = shl nuw nsw i64 %512, 2
  br label %kpv

exit95:                                           ; preds = %pvblock
  %529 = add nsw i32 %ktile13, 48
  br label %ktile

kpv:                                              ; preds = %body97, %body93
  %530 = phi <16 x float> [ %520, %body93 ], [ %585, %body97 ]
  %531 = phi <16 x float> [ %516, %body93 ], [ %584, %body97 ]
  %532 = phi <16 x float> [ %511, %body93 ], [ %581, %body97 ]
  %533 = phi <16 x float> [ %507, %body93 ], [ %580, %body97 ]
  %534 = phi <16 x float> [ %502, %body93 ], [ %577, %body97 ]
  %535 = phi <16 x float> [ %498, %body93 ], [ %576, %body97 ]
  %536 = phi <16 x float> [ %493, %body93 ], [ %573, %body97 ]
  %537 = phi <16 x float> [ %489, %body93 ], [ %572, %body97 ]
  %538 = phi <16 x float> [ %484, %body93 ], [ %569, %body97 ]
  %539 = phi <16 x float> [ %480, %body93 ], [ %568, %body97 ]
  %540 = phi <16 x float> [ %475, %body93 ], [ %565, %body97 ]
  %541 = phi <16 x float> [ %471, %body93 ], [ %564, %body97 ]
  %542 = phi <16 x float> [ %466, %body93 ], [ %561, %body97 ]
  %543 = phi <16 x float> [ %462, %body93 ], [ %560, %body97 ]
  %544 = phi <16 x float> [ %457, %body93 ], [ %557, %body97 ]
  %545 = phi <16 x float> [ %453, %body93 ], [ %556, %body97 ]
  %kpv100 = phi i32 [ 0, %body93 ], [ %586, %body97 ]
  %546 = icmp slt i32 %kpv100, %104
  br i1 %546, label %body97, label %exit99

body97:                                           ; preds = %kpv
  %547 = zext nneg i32 %kpv100 to i64
  %548 = shl nuw nsw i64 %547, 7
  %549 = getelementptr i8, ptr %st151, i64 %548
  %p = load <16 x float>, ptr %549, align 64
  %550 = or disjoint i64 %548, 64
  %551 = getelementptr i8, ptr %st151, i64 %550
  %p101 = load <16 x float>, ptr %551, align 64
  %552 = shl nuw nsw i64 %547, 9
  %553 = getelementptr i8, ptr %vbuf152, i64 %552
  %554 = getelementptr i8, ptr %553, i64 %521
  %v = load float, ptr %554, align 4
  %555 = insertelement <16 x float> poison, float %v, i64 0
  %splat102 = shufflevector <16 x float> %555, <16 x float> poison, <16 x i32> zeroinitializer
  %556 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat102, <16 x float> %545)
  %557 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p101, <16 x float> %splat102, <16 x float> %544)
  %558 = getelementptr i8, ptr %553, i64 %522
  %v103 = load float, ptr %558, align 4
  %559 = insertelement <16 x float> poison, float %v103, i64 0
  %splat104 = shufflevector <16 x float> %559, <16 x float> poison, <16 x i32> zeroinitializer
  %560 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat104, <16 x float> %543)
  %561 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p101, <16 x float> %splat104, <16 x float> %542)
  %562 = getelementptr i8, ptr %553, i64 %523
  %v105 = load float, ptr %562, align 4
  %563 = insertelement <16 x float> poison, float %v105, i64 0
  %splat106 = shufflevector <16 x float> %563, <16 x float> poison, <16 x i32> zeroinitializer
  %564 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat106, <16 x float> %541)
  %565 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p101, <16 x float> %splat106, <16 x float> %540)
  %566 = getelementptr i8, ptr %553, i64 %524
  %v107 = load float, ptr %566, align 4
  %567 = insertelement <16 x float> poison, float %v107, i64 0
  %splat108 = shufflevector <16 x float> %567, <16 x float> poison, <16 x i32> zeroinitializer
  %568 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat108, <16 x float> %539)
  %569 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p101, <16 x float> %splat108, <16 x float> %538)
  %570 = getelementptr i8, ptr %553, i64 %525
  %v109 = load float, ptr %570, align 4
  %571 = insertelement <16 x float> poison, float %v109, i64 0
  %splat110 = shufflevector <16 x float> %571, <16 x float> poison, <16 x i32> zeroinitializer
  %572 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat110, <16 x float> %537)
  %573 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p101, <16 x float> %splat110, <16 x float> %536)
  %574 = getelementptr i8, ptr %553, i64 %526
  %v111 = load float, ptr %574, align 4
  %575 = insertelement <16 x float> poison, float %v111, i64 0
  %splat112 = shufflevector <16 x float> %575, <16 x float> poison, <16 x i32> zeroinitializer
  %576 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat112, <16 x float> %535)
  %577 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p101, <16 x float> %splat112, <16 x float> %534)
  %578 = getelementptr i8, ptr %553, i64 %527
  %v113 = load float, ptr %578, align 4
  %579 = insertelement <16 x float> poison, float %v113, i64 0
  %splat114 = shufflevector <16 x float> %579, <16 x float> poison, <16 x i32> zeroinitializer
  %580 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat114, <16 x float> %533)
  %581 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p101, <16 x float> %splat114, <16 x float> %532)
  %582 = getelementptr i8, ptr %553, i64 %528
  %v115 = load float, ptr %582, align 4
  %583 = insertelement <16 x float> poison, float %v115, i64 0
  %splat116 = shufflevector <16 x float> %583, <16 x float> poison, <16 x i32> zeroinitializer
  %584 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat116, <16 x float> %531)
  %585 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p101, <16 x float> %splat116, <16 x float> %530)
  %586 = add nuw nsw i32 %kpv100, 1
  br label %kpv

exit99:                                           ; preds = %kpv
  store <16 x float> %545, ptr %451, align 64
  store <16 x float> %544, ptr %455, align 64
  store <16 x float> %543, ptr %460, align 64
  store <16 x float> %542, ptr %464, align 64
  store <16 x float> %541, ptr %469, align 64
  store <16 x float> %540, ptr %473, align 64
  store <16 x float> %539, ptr %478, align 64
  store <16 x float> %538, ptr %482, align 64
  store <16 x float> %537, ptr %487, align 64
  store <16 x float> %536, ptr %491, align 64
  store <16 x float> %535, ptr %496, align 64
  store <16 x float> %534, ptr %500, align 64
  store <16 x float> %533, ptr %505, align 64
  store <16 x float> %532, ptr %509, align 64
  store <16 x float> %531, ptr %514, align 64
  store <16 x float> %530, ptr %518, align 64
  %587 = add nuw nsw i32 %pvblock96, 1
  br label %pvblock

orow117:                                          ; preds = %written, %exit12
  %orow121 = phi i32 [ 0, %exit12 ], [ %648, %written ]
  %588 = icmp slt i32 %orow121, %nrows
  br i1 %588, label %body118, label %done

body118:                                          ; preds = %orow117
  %589 = zext nneg i32 %orow121 to i64
  %590 = getelementptr float, ptr %ms156, i64 %589
  %m122 = load float, ptr %590, align 4
  %591 = getelementptr float, ptr %ls155, i64 %589
  %l = load float, ptr %591, align 4
  %592 = shl nuw nsw i64 %589, 2
  %invariant.gep = getelementptr i8, ptr %ot150, i64 %592
  br label %otrow

otrow:                                            ; preds = %body123, %body118
  %otrow126 = phi i32 [ 0, %body118 ], [ %599, %body123 ]
  %593 = icmp ult i32 %otrow126, 128
  br i1 %593, label %body123, label %exit125

body123:                                          ; preds = %otrow
  %594 = zext nneg i32 %otrow126 to i64
  %595 = shl nuw nsw i64 %594, 7
  %gep = getelementptr i8, ptr %invariant.gep, i64 %595
  %596 = load float, ptr %gep, align 4
  %597 = shl nuw nsw i64 %594, 2
  %598 = getelementptr i8, ptr %rowbuf149, i64 %597
  store float %596, ptr %598, align 4
  %599 = add nuw nsw i32 %otrow126, 1
  br label %otrow

exit125:                                          ; preds = %otrow
  %600 = load <16 x float>, ptr %rowbuf149, align 64
  %601 = load <16 x float>, ptr %28, align 64
  %602 = load <16 x float>, ptr %29, align 64
  %603 = load <16 x float>, ptr %30, align 64
  %604 = load <16 x float>, ptr %31, align 64
  %605 = load <16 x float>, ptr %32, align 64
  %606 = load <16 x float>, ptr %33, align 64
  %607 = load <16 x float>, ptr %34, align 64
  br i1 %.not, label %final, label %partial

partial:                                          ; preds = %exit125
  %.idx = shl nuw nsw i64 %589, 9
  %608 = getelementptr i8, ptr %part, i64 %.idx
  store <16 x float> %600, ptr %608, align 4
  %609 = getelementptr i8, ptr %608, i64 64
  store <16 x float> %601, ptr %609, align 4
  %610 = getelementptr i8, ptr %608, i64 128
  store <16 x float> %602, ptr %610, align 4
  %611 = getelementptr i8, ptr %608, i64 192
  store <16 x float> %603, ptr %611, align 4
  %612 = getelementptr i8, ptr %608, i64 256
  store <16 x float> %604, ptr %612, align 4
  %613 = getelementptr i8, ptr %608, i64 320
  store <16 x float> %605, ptr %613, align 4
  %614 = getelementptr i8, ptr %608, i64 384
  store <16 x float> %606, ptr %614, align 4
  %615 = getelementptr i8, ptr %608, i64 448
  store <16 x float> %607, ptr %615, align 4
  %616 = add nuw nsw i64 %111, %589
  %617 = getelementptr float, ptr %part, i64 %616
  store float %m122, ptr %617, align 4
  %gep419 = getelementptr float, ptr %invariant.gep418, i64 %616
  store float %l, ptr %gep419, align 4
  br label %written

final:                                            ; preds = %exit125
  %618 = sdiv i32 %orow121, %nh
  %qi127 = add i32 %q_begin, %618
  %619 = srem i32 %orow121, %nh
  %h128 = add i32 %h_begin, %619
  %hq129 = add i32 %27, %h128
  %620 = sext i32 %qi127 to i64
  %621 = add i64 %q_row0, %620
  %622 = shl i64 %621, 5
  %623 = sext i32 %hq129 to i64
  %orow130 = add i64 %622, %623
  %624 = fcmp oeq float %l, 0.000000e+00
  %625 = fdiv float 1.000000e+00, %l
  %626 = select i1 %624, float 0.000000e+00, float %625
  %627 = shl i64 %orow130, 9
  %628 = getelementptr i8, ptr %out, i64 %627
  %629 = insertelement <16 x float> poison, float %626, i64 0
  %splat131 = shufflevector <16 x float> %629, <16 x float> poison, <16 x i32> zeroinitializer
  %630 = fmul <16 x float> %600, %splat131
  store <16 x float> %630, ptr %628, align 4
  %631 = fmul <16 x float> %601, %splat131
  %632 = getelementptr i8, ptr %628, i64 64
  store <16 x float> %631, ptr %632, align 4
  %633 = fmul <16 x float> %602, %splat131
  %634 = getelementptr i8, ptr %628, i64 128
  store <16 x float> %633, ptr %634, align 4
  %635 = fmul <16 x float> %603, %splat131
  %636 = getelementptr i8, ptr %628, i64 192
  store <16 x float> %635, ptr %636, align 4
  %637 = fmul <16 x float> %604, %splat131
  %638 = getelementptr i8, ptr %628, i64 256
  store <16 x float> %637, ptr %638, align 4
  %639 = fmul <16 x float> %605, %splat131
  %640 = getelementptr i8, ptr %628, i64 320
  store <16 x float> %639, ptr %640, align 4
  %641 = fmul <16 x float> %606, %splat131
  %642 = getelementptr i8, ptr %628, i64 384
  store <16 x float> %641, ptr %642, align 4
  %643 = fmul <16 x float> %607, %splat131
  %644 = getelementptr i8, ptr %628, i64 448
  store <16 x float> %643, ptr %644, align 4
  %645 = call float @llvm.log.f32(float %l)
  %646 = call float @llvm.fmuladd.f32(float %m122, float 0x3FE62E4300000000, float %645)
  %lse139 = select i1 %624, float 0xFFF0000000000000, float %646
  %647 = getelementptr float, ptr %lse, i64 %orow130
  store float %lse139, ptr %647, align 4
  br label %written

written:                                          ; preds = %final, %partial
  %648 = add nuw nsw i32 %orow121, 1
  br label %orow117
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @llama3_8b(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr nonnull @llama3_8b_kernel, ptr %0) #2
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @llama3_8b_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr nonnull @llama3_8b_kernel, ptr %0) #2
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @llama3_8b_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr nonnull @llama3_8b_kernel, ptr %0, i64 %1) #2
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @llama3_8b_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr nonnull @llama3_8b_kernel, ptr %0) #2
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @llama3_8b_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr nonnull @llama3_8b_kernel, ptr %0) #2
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @llama3_8b_info() #0 {
entry:
  ret ptr @llama3_8b_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind }
