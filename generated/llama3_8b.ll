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
  %lims = alloca [32 x i32], align 64
  %rowbuf = alloca [8 x <16 x float>], align 64
  %ot = alloca [16384 x i8], align 64
  %st = alloca [7680 x i8], align 64
  %vbuf = alloca [24576 x i8], align 64
  %kbuf = alloca [30720 x i8], align 64
  %qt = alloca [16384 x i8], align 64
  %ls = alloca [32 x float], align 64
  %ms = alloca [32 x float], align 64
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
  br label %qrow

done:                                             ; preds = %orow121, %entry
  ret void

qrow:                                             ; preds = %qrow.preheader, %exit8
  %qrow1 = phi i32 [ %64, %exit8 ], [ 0, %qrow.preheader ]
  %28 = icmp ult i32 %qrow1, 32
  br i1 %28, label %body, label %otzero

body:                                             ; preds = %qrow
  %29 = icmp slt i32 %qrow1, %nrows
  %30 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %26)
  %31 = sdiv i32 %30, %nh
  %qi = add i32 %q_begin, %31
  %32 = srem i32 %30, %nh
  %h = add i32 %h_begin, %32
  %hq = add i32 %27, %h
  %33 = sext i32 %qi to i64
  %34 = add i64 %q_row0, %33
  %35 = sext i32 %hq to i64
  %36 = shl i64 %34, 14
  %37 = shl nsw i64 %35, 9
  %38 = getelementptr i8, ptr %q, i64 %36
  %39 = getelementptr i8, ptr %38, i64 %37
  %40 = select i1 %29, float 0x3FC0527DC0000000, float 0.000000e+00
  %41 = insertelement <16 x float> poison, float %40, i64 0
  %splat = shufflevector <16 x float> %41, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %48, %body2 ]
  %42 = icmp ult i64 %chunk5, 8
  br i1 %42, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %43 = shl nuw nsw i64 %chunk5, 6
  %44 = getelementptr i8, ptr %39, i64 %43
  %45 = load <16 x float>, ptr %44, align 4
  %46 = fmul <16 x float> %45, %splat
  %47 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk5
  store <16 x float> %46, ptr %47, align 64
  %48 = add nuw nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %49 = zext nneg i32 %qrow1 to i64
  %50 = getelementptr i32, ptr %lims, i64 %49
  %51 = add i32 %q_pos0, %qi
  %52 = add i32 %51, 1
  %53 = call i32 @llvm.smin.i32(i32 %52, i32 %k_end)
  store i32 %53, ptr %50, align 4
  %54 = shl nuw nsw i64 %49, 2
  br label %qcol

qcol:                                             ; preds = %body6, %exit4
  %qcol9 = phi i32 [ 0, %exit4 ], [ %63, %body6 ]
  %55 = icmp ult i32 %qcol9, 128
  br i1 %55, label %body6, label %exit8

body6:                                            ; preds = %qcol
  %56 = zext nneg i32 %qcol9 to i64
  %57 = shl nuw nsw i64 %56, 2
  %58 = getelementptr i8, ptr %rowbuf, i64 %57
  %59 = load float, ptr %58, align 4
  %60 = shl nuw nsw i64 %56, 7
  %61 = or disjoint i64 %60, %54
  %62 = getelementptr i8, ptr %qt, i64 %61
  store float %59, ptr %62, align 4
  %63 = add nuw nsw i32 %qcol9, 1
  br label %qcol

exit8:                                            ; preds = %qcol
  %64 = add nuw nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body10
  %otzero13 = phi i32 [ %69, %body10 ], [ 0, %qrow ]
  %65 = icmp ult i32 %otzero13, 256
  br i1 %65, label %body10, label %exit12

body10:                                           ; preds = %otzero
  %66 = shl nuw nsw i32 %otzero13, 6
  %67 = zext nneg i32 %66 to i64
  %68 = getelementptr i8, ptr %ot, i64 %67
  store <16 x float> zeroinitializer, ptr %68, align 64
  %69 = add nuw nsw i32 %otzero13, 1
  br label %otzero

exit12:                                           ; preds = %otzero
  %70 = sdiv i32 %26, %nh
  %71 = add i32 %q_begin, %70
  %72 = add i32 %q_pos0, %71
  %73 = add i32 %72, 1
  %74 = call i32 @llvm.smin.i32(i32 %73, i32 %k_end)
  %k_last = add i32 %74, -1
  %limv = load <16 x i32>, ptr %lims, align 64
  %75 = getelementptr inbounds i8, ptr %lims, i64 64
  %limv18 = load <16 x i32>, ptr %75, align 64
  br label %ktile

ktile:                                            ; preds = %exit99, %exit12
  %lv.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit12 ], [ %392, %exit99 ]
  %lv.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit12 ], [ %391, %exit99 ]
  %mv.sroa.4.0 = phi <16 x float> [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %exit12 ], [ %336, %exit99 ]
  %mv.sroa.0.0 = phi <16 x float> [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %exit12 ], [ %320, %exit99 ]
  %ktile17 = phi i32 [ %k_begin, %exit12 ], [ %475, %exit99 ]
  %76 = icmp slt i32 %ktile17, %74
  br i1 %76, label %body14, label %exit16

body14:                                           ; preds = %ktile
  %77 = sub i32 %74, %ktile17
  %.fr = freeze i32 %77
  %78 = call i32 @llvm.smin.i32(i32 %.fr, i32 48)
  %79 = add nsw i32 %78, 11
  %80 = srem i32 %79, 12
  %81 = sub nsw i32 %79, %80
  br label %kpack

exit16:                                           ; preds = %ktile
  store <16 x float> %mv.sroa.0.0, ptr %ms, align 64
  store <16 x float> %lv.sroa.0.0, ptr %ls, align 64
  %82 = getelementptr inbounds i8, ptr %ms, i64 64
  store <16 x float> %mv.sroa.4.0, ptr %82, align 64
  %83 = getelementptr inbounds i8, ptr %ls, i64 64
  store <16 x float> %lv.sroa.4.0, ptr %83, align 64
  %.not = icmp eq ptr %part, null
  %84 = zext nneg i32 %nrows to i64
  %85 = shl nuw nsw i64 %84, 7
  %invariant.gep198 = getelementptr float, ptr %part, i64 %84
  br label %orow121

kpack:                                            ; preds = %body19, %body14
  %kpack22 = phi i32 [ 0, %body14 ], [ %124, %body19 ]
  %86 = icmp slt i32 %kpack22, %81
  br i1 %86, label %body19, label %vpack

body19:                                           ; preds = %kpack
  %87 = add i32 %ktile17, %kpack22
  %88 = call i32 @llvm.smin.i32(i32 %87, i32 %k_last)
  %89 = sext i32 %88 to i64
  %90 = shl nsw i64 %89, 11
  %91 = getelementptr i8, ptr %22, i64 %90
  %92 = load <16 x half>, ptr %91, align 2
  %f16 = fpext <16 x half> %92 to <16 x float>
  %93 = zext nneg i32 %kpack22 to i64
  %94 = shl nuw nsw i64 %93, 9
  %95 = getelementptr i8, ptr %kbuf, i64 %94
  store <16 x float> %f16, ptr %95, align 64
  %96 = getelementptr i8, ptr %91, i64 32
  %97 = load <16 x half>, ptr %96, align 2
  %f1623 = fpext <16 x half> %97 to <16 x float>
  %98 = or disjoint i64 %94, 64
  %99 = getelementptr i8, ptr %kbuf, i64 %98
  store <16 x float> %f1623, ptr %99, align 64
  %100 = getelementptr i8, ptr %91, i64 64
  %101 = load <16 x half>, ptr %100, align 2
  %f1624 = fpext <16 x half> %101 to <16 x float>
  %102 = or disjoint i64 %94, 128
  %103 = getelementptr i8, ptr %kbuf, i64 %102
  store <16 x float> %f1624, ptr %103, align 64
  %104 = getelementptr i8, ptr %91, i64 96
  %105 = load <16 x half>, ptr %104, align 2
  %f1625 = fpext <16 x half> %105 to <16 x float>
  %106 = or disjoint i64 %94, 192
  %107 = getelementptr i8, ptr %kbuf, i64 %106
  store <16 x float> %f1625, ptr %107, align 64
  %108 = getelementptr i8, ptr %91, i64 128
  %109 = load <16 x half>, ptr %108, align 2
  %f1626 = fpext <16 x half> %109 to <16 x float>
  %110 = or disjoint i64 %94, 256
  %111 = getelementptr i8, ptr %kbuf, i64 %110
  store <16 x float> %f1626, ptr %111, align 64
  %112 = getelementptr i8, ptr %91, i64 160
  %113 = load <16 x half>, ptr %112, align 2
  %f1627 = fpext <16 x half> %113 to <16 x float>
  %114 = or disjoint i64 %94, 320
  %115 = getelementptr i8, ptr %kbuf, i64 %114
  store <16 x float> %f1627, ptr %115, align 64
  %116 = getelementptr i8, ptr %91, i64 192
  %117 = load <16 x half>, ptr %116, align 2
  %f1628 = fpext <16 x half> %117 to <16 x float>
  %118 = or disjoint i64 %94, 384
  %119 = getelementptr i8, ptr %kbuf, i64 %118
  store <16 x float> %f1628, ptr %119, align 64
  %120 = getelementptr i8, ptr %91, i64 224
  %121 = load <16 x half>, ptr %120, align 2
  %f1629 = fpext <16 x half> %121 to <16 x float>
  %122 = or disjoint i64 %94, 448
  %123 = getelementptr i8, ptr %kbuf, i64 %122
  store <16 x float> %f1629, ptr %123, align 64
  %124 = add nuw nsw i32 %kpack22, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %body30
  %vpack33 = phi i32 [ %162, %body30 ], [ 0, %kpack ]
  %125 = icmp slt i32 %vpack33, %78
  br i1 %125, label %body30, label %sblock

body30:                                           ; preds = %vpack
  %126 = add i32 %ktile17, %vpack33
  %127 = sext i32 %126 to i64
  %128 = shl nsw i64 %127, 11
  %129 = getelementptr i8, ptr %24, i64 %128
  %130 = load <16 x half>, ptr %129, align 2
  %f1634 = fpext <16 x half> %130 to <16 x float>
  %131 = zext nneg i32 %vpack33 to i64
  %132 = shl nuw nsw i64 %131, 9
  %133 = getelementptr i8, ptr %vbuf, i64 %132
  store <16 x float> %f1634, ptr %133, align 64
  %134 = getelementptr i8, ptr %129, i64 32
  %135 = load <16 x half>, ptr %134, align 2
  %f1635 = fpext <16 x half> %135 to <16 x float>
  %136 = or disjoint i64 %132, 64
  %137 = getelementptr i8, ptr %vbuf, i64 %136
  store <16 x float> %f1635, ptr %137, align 64
  %138 = getelementptr i8, ptr %129, i64 64
  %139 = load <16 x half>, ptr %138, align 2
  %f1636 = fpext <16 x half> %139 to <16 x float>
  %140 = or disjoint i64 %132, 128
  %141 = getelementptr i8, ptr %vbuf, i64 %140
  store <16 x float> %f1636, ptr %141, align 64
  %142 = getelementptr i8, ptr %129, i64 96
  %143 = load <16 x half>, ptr %142, align 2
  %f1637 = fpext <16 x half> %143 to <16 x float>
  %144 = or disjoint i64 %132, 192
  %145 = getelementptr i8, ptr %vbuf, i64 %144
  store <16 x float> %f1637, ptr %145, align 64
  %146 = getelementptr i8, ptr %129, i64 128
  %147 = load <16 x half>, ptr %146, align 2
  %f1638 = fpext <16 x half> %147 to <16 x float>
  %148 = or disjoint i64 %132, 256
  %149 = getelementptr i8, ptr %vbuf, i64 %148
  store <16 x float> %f1638, ptr %149, align 64
  %150 = getelementptr i8, ptr %129, i64 160
  %151 = load <16 x half>, ptr %150, align 2
  %f1639 = fpext <16 x half> %151 to <16 x float>
  %152 = or disjoint i64 %132, 320
  %153 = getelementptr i8, ptr %vbuf, i64 %152
  store <16 x float> %f1639, ptr %153, align 64
  %154 = getelementptr i8, ptr %129, i64 192
  %155 = load <16 x half>, ptr %154, align 2
  %f1640 = fpext <16 x half> %155 to <16 x float>
  %156 = or disjoint i64 %132, 384
  %157 = getelementptr i8, ptr %vbuf, i64 %156
  store <16 x float> %f1640, ptr %157, align 64
  %158 = getelementptr i8, ptr %129, i64 224
  %159 = load <16 x half>, ptr %158, align 2
  %f1641 = fpext <16 x half> %159 to <16 x float>
  %160 = or disjoint i64 %132, 448
  %161 = getelementptr i8, ptr %vbuf, i64 %160
  store <16 x float> %f1641, ptr %161, align 64
  %162 = add nuw nsw i32 %vpack33, 1
  br label %vpack

sblock:                                           ; preds = %vpack, %exit48
  %sblock45 = phi i32 [ %304, %exit48 ], [ 0, %vpack ]
  %163 = icmp slt i32 %sblock45, %78
  br i1 %163, label %body42, label %smask

body42:                                           ; preds = %sblock
  %164 = zext nneg i32 %sblock45 to i64
  %165 = shl nuw nsw i64 %164, 9
  %166 = getelementptr i8, ptr %kbuf, i64 %165
  br label %sdim

sdim:                                             ; preds = %latch47, %body42
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body42 ], [ %176, %latch47 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body42 ], [ %178, %latch47 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body42 ], [ %182, %latch47 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body42 ], [ %183, %latch47 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body42 ], [ %187, %latch47 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body42 ], [ %188, %latch47 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body42 ], [ %192, %latch47 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body42 ], [ %193, %latch47 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body42 ], [ %197, %latch47 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body42 ], [ %198, %latch47 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body42 ], [ %202, %latch47 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body42 ], [ %203, %latch47 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body42 ], [ %207, %latch47 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body42 ], [ %208, %latch47 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body42 ], [ %212, %latch47 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body42 ], [ %213, %latch47 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body42 ], [ %217, %latch47 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body42 ], [ %218, %latch47 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body42 ], [ %222, %latch47 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body42 ], [ %223, %latch47 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body42 ], [ %227, %latch47 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body42 ], [ %228, %latch47 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body42 ], [ %231, %latch47 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body42 ], [ %232, %latch47 ]
  %sdim49 = phi i32 [ 0, %body42 ], [ %233, %latch47 ]
  %167 = icmp ult i32 %sdim49, 128
  br i1 %167, label %latch47, label %exit48

latch47:                                          ; preds = %sdim
  %168 = zext nneg i32 %sdim49 to i64
  %169 = shl nuw nsw i64 %168, 7
  %170 = or disjoint i64 %169, 64
  %171 = getelementptr i8, ptr %qt, i64 %170
  %qt51 = load <16 x float>, ptr %171, align 64
  %172 = shl nuw nsw i64 %168, 2
  %173 = or disjoint i64 %172, 5632
  %174 = getelementptr i8, ptr %166, i64 %173
  %k73 = load float, ptr %174, align 4
  %175 = insertelement <16 x float> poison, float %k73, i64 0
  %splat74 = shufflevector <16 x float> %175, <16 x float> poison, <16 x i32> zeroinitializer
  %176 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt51, <16 x float> %splat74, <16 x float> %sacc.sroa.92.0)
  %177 = getelementptr i8, ptr %qt, i64 %169
  %qt50 = load <16 x float>, ptr %177, align 64
  %178 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt50, <16 x float> %splat74, <16 x float> %sacc.sroa.88.0)
  %179 = or disjoint i64 %172, 5120
  %180 = getelementptr i8, ptr %166, i64 %179
  %k71 = load float, ptr %180, align 4
  %181 = insertelement <16 x float> poison, float %k71, i64 0
  %splat72 = shufflevector <16 x float> %181, <16 x float> poison, <16 x i32> zeroinitializer
  %182 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt51, <16 x float> %splat72, <16 x float> %sacc.sroa.84.0)
  %183 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt50, <16 x float> %splat72, <16 x float> %sacc.sroa.80.0)
  %184 = or disjoint i64 %172, 4608
  %185 = getelementptr i8, ptr %166, i64 %184
  %k69 = load float, ptr %185, align 4
  %186 = insertelement <16 x float> poison, float %k69, i64 0
  %splat70 = shufflevector <16 x float> %186, <16 x float> poison, <16 x i32> zeroinitializer
  %187 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt51, <16 x float> %splat70, <16 x float> %sacc.sroa.76.0)
  %188 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt50, <16 x float> %splat70, <16 x float> %sacc.sroa.72.0)
  %189 = or disjoint i64 %172, 4096
  %190 = getelementptr i8, ptr %166, i64 %189
  %k67 = load float, ptr %190, align 4
  %191 = insertelement <16 x float> poison, float %k67, i64 0
  %splat68 = shufflevector <16 x float> %191, <16 x float> poison, <16 x i32> zeroinitializer
  %192 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt51, <16 x float> %splat68, <16 x float> %sacc.sroa.68.0)
  %193 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt50, <16 x float> %splat68, <16 x float> %sacc.sroa.64.0)
  %194 = or disjoint i64 %172, 3584
  %195 = getelementptr i8, ptr %166, i64 %194
  %k65 = load float, ptr %195, align 4
  %196 = insertelement <16 x float> poison, float %k65, i64 0
  %splat66 = shufflevector <16 x float> %196, <16 x float> poison, <16 x i32> zeroinitializer
  %197 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt51, <16 x float> %splat66, <16 x float> %sacc.sroa.60.0)
  %198 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt50, <16 x float> %splat66, <16 x float> %sacc.sroa.56.0)
  %199 = or disjoint i64 %172, 3072
  %200 = getelementptr i8, ptr %166, i64 %199
  %k63 = load float, ptr %200, align 4
  %201 = insertelement <16 x float> poison, float %k63, i64 0
  %splat64 = shufflevector <16 x float> %201, <16 x float> poison, <16 x i32> zeroinitializer
  %202 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt51, <16 x float> %splat64, <16 x float> %sacc.sroa.52.0)
  %203 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt50, <16 x float> %splat64, <16 x float> %sacc.sroa.48.0)
  %204 = or disjoint i64 %172, 2560
  %205 = getelementptr i8, ptr %166, i64 %204
  %k61 = load float, ptr %205, align 4
  %206 = insertelement <16 x float> poison, float %k61, i64 0
  %splat62 = shufflevector <16 x float> %206, <16 x float> poison, <16 x i32> zeroinitializer
  %207 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt51, <16 x float> %splat62, <16 x float> %sacc.sroa.44.0)
  %208 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt50, <16 x float> %splat62, <16 x float> %sacc.sroa.40.0)
  %209 = or disjoint i64 %172, 2048
  %210 = getelementptr i8, ptr %166, i64 %209
  %k59 = load float, ptr %210, align 4
  %211 = insertelement <16 x float> poison, float %k59, i64 0
  %splat60 = shufflevector <16 x float> %211, <16 x float> poison, <16 x i32> zeroinitializer
  %212 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt51, <16 x float> %splat60, <16 x float> %sacc.sroa.36.0)
  %213 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt50, <16 x float> %splat60, <16 x float> %sacc.sroa.32.0)
  %214 = or disjoint i64 %172, 1536
  %215 = getelementptr i8, ptr %166, i64 %214
  %k57 = load float, ptr %215, align 4
  %216 = insertelement <16 x float> poison, float %k57, i64 0
  %splat58 = shufflevector <16 x float> %216, <16 x float> poison, <16 x i32> zeroinitializer
  %217 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt51, <16 x float> %splat58, <16 x float> %sacc.sroa.28.0)
  %218 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt50, <16 x float> %splat58, <16 x float> %sacc.sroa.24.0)
  %219 = or disjoint i64 %172, 1024
  %220 = getelementptr i8, ptr %166, i64 %219
  %k55 = load float, ptr %220, align 4
  %221 = insertelement <16 x float> poison, float %k55, i64 0
  %splat56 = shufflevector <16 x float> %221, <16 x float> poison, <16 x i32> zeroinitializer
  %222 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt51, <16 x float> %splat56, <16 x float> %sacc.sroa.20.0)
  %223 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt50, <16 x float> %splat56, <16 x float> %sacc.sroa.16.0)
  %224 = or disjoint i64 %172, 512
  %225 = getelementptr i8, ptr %166, i64 %224
  %k53 = load float, ptr %225, align 4
  %226 = insertelement <16 x float> poison, float %k53, i64 0
  %splat54 = shufflevector <16 x float> %226, <16 x float> poison, <16 x i32> zeroinitializer
  %227 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt51, <16 x float> %splat54, <16 x float> %sacc.sroa.12.0)
  %228 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt50, <16 x float> %splat54, <16 x float> %sacc.sroa.8.0)
  %229 = getelementptr i8, ptr %166, i64 %172
  %k = load float, ptr %229, align 4
  %230 = insertelement <16 x float> poison, float %k, i64 0
  %splat52 = shufflevector <16 x float> %230, <16 x float> poison, <16 x i32> zeroinitializer
  %231 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt51, <16 x float> %splat52, <16 x float> %sacc.sroa.4.0)
  %232 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt50, <16 x float> %splat52, <16 x float> %sacc.sroa.0.0)
  %233 = add nuw nsw i32 %sdim49, 1
  br label %sdim

exit48:                                           ; preds = %sdim
  %234 = shl nuw nsw i64 %164, 7
  %235 = getelementptr i8, ptr %st, i64 %234
  store <16 x float> %sacc.sroa.0.0, ptr %235, align 64
  %236 = or disjoint i64 %234, 64
  %237 = getelementptr i8, ptr %st, i64 %236
  store <16 x float> %sacc.sroa.4.0, ptr %237, align 64
  %238 = or disjoint i32 %sblock45, 1
  %239 = zext nneg i32 %238 to i64
  %240 = shl nuw nsw i64 %239, 7
  %241 = getelementptr i8, ptr %st, i64 %240
  store <16 x float> %sacc.sroa.8.0, ptr %241, align 64
  %242 = or disjoint i64 %240, 64
  %243 = getelementptr i8, ptr %st, i64 %242
  store <16 x float> %sacc.sroa.12.0, ptr %243, align 64
  %244 = or disjoint i32 %sblock45, 2
  %245 = zext nneg i32 %244 to i64
  %246 = shl nuw nsw i64 %245, 7
  %247 = getelementptr i8, ptr %st, i64 %246
  store <16 x float> %sacc.sroa.16.0, ptr %247, align 64
  %248 = or disjoint i64 %246, 64
  %249 = getelementptr i8, ptr %st, i64 %248
  store <16 x float> %sacc.sroa.20.0, ptr %249, align 64
  %250 = or disjoint i32 %sblock45, 3
  %251 = zext nneg i32 %250 to i64
  %252 = shl nuw nsw i64 %251, 7
  %253 = getelementptr i8, ptr %st, i64 %252
  store <16 x float> %sacc.sroa.24.0, ptr %253, align 64
  %254 = or disjoint i64 %252, 64
  %255 = getelementptr i8, ptr %st, i64 %254
  store <16 x float> %sacc.sroa.28.0, ptr %255, align 64
  %256 = add nuw i32 %sblock45, 4
  %257 = sext i32 %256 to i64
  %258 = shl nsw i64 %257, 7
  %259 = getelementptr i8, ptr %st, i64 %258
  store <16 x float> %sacc.sroa.32.0, ptr %259, align 64
  %260 = or disjoint i64 %258, 64
  %261 = getelementptr i8, ptr %st, i64 %260
  store <16 x float> %sacc.sroa.36.0, ptr %261, align 64
  %262 = add nuw i32 %sblock45, 5
  %263 = sext i32 %262 to i64
  %264 = shl nsw i64 %263, 7
  %265 = getelementptr i8, ptr %st, i64 %264
  store <16 x float> %sacc.sroa.40.0, ptr %265, align 64
  %266 = or disjoint i64 %264, 64
  %267 = getelementptr i8, ptr %st, i64 %266
  store <16 x float> %sacc.sroa.44.0, ptr %267, align 64
  %268 = add nuw i32 %sblock45, 6
  %269 = sext i32 %268 to i64
  %270 = shl nsw i64 %269, 7
  %271 = getelementptr i8, ptr %st, i64 %270
  store <16 x float> %sacc.sroa.48.0, ptr %271, align 64
  %272 = or disjoint i64 %270, 64
  %273 = getelementptr i8, ptr %st, i64 %272
  store <16 x float> %sacc.sroa.52.0, ptr %273, align 64
  %274 = add nuw i32 %sblock45, 7
  %275 = sext i32 %274 to i64
  %276 = shl nsw i64 %275, 7
  %277 = getelementptr i8, ptr %st, i64 %276
  store <16 x float> %sacc.sroa.56.0, ptr %277, align 64
  %278 = or disjoint i64 %276, 64
  %279 = getelementptr i8, ptr %st, i64 %278
  store <16 x float> %sacc.sroa.60.0, ptr %279, align 64
  %280 = add nuw i32 %sblock45, 8
  %281 = sext i32 %280 to i64
  %282 = shl nsw i64 %281, 7
  %283 = getelementptr i8, ptr %st, i64 %282
  store <16 x float> %sacc.sroa.64.0, ptr %283, align 64
  %284 = or disjoint i64 %282, 64
  %285 = getelementptr i8, ptr %st, i64 %284
  store <16 x float> %sacc.sroa.68.0, ptr %285, align 64
  %286 = add nuw i32 %sblock45, 9
  %287 = sext i32 %286 to i64
  %288 = shl nsw i64 %287, 7
  %289 = getelementptr i8, ptr %st, i64 %288
  store <16 x float> %sacc.sroa.72.0, ptr %289, align 64
  %290 = or disjoint i64 %288, 64
  %291 = getelementptr i8, ptr %st, i64 %290
  store <16 x float> %sacc.sroa.76.0, ptr %291, align 64
  %292 = add nuw i32 %sblock45, 10
  %293 = sext i32 %292 to i64
  %294 = shl nsw i64 %293, 7
  %295 = getelementptr i8, ptr %st, i64 %294
  store <16 x float> %sacc.sroa.80.0, ptr %295, align 64
  %296 = or disjoint i64 %294, 64
  %297 = getelementptr i8, ptr %st, i64 %296
  store <16 x float> %sacc.sroa.84.0, ptr %297, align 64
  %298 = add nuw i32 %sblock45, 11
  %299 = sext i32 %298 to i64
  %300 = shl nsw i64 %299, 7
  %301 = getelementptr i8, ptr %st, i64 %300
  store <16 x float> %sacc.sroa.88.0, ptr %301, align 64
  %302 = or disjoint i64 %300, 64
  %303 = getelementptr i8, ptr %st, i64 %302
  store <16 x float> %sacc.sroa.92.0, ptr %303, align 64
  %304 = add nuw nsw i32 %sblock45, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body75
  %tmax.sroa.4.0 = phi <16 x float> [ %317, %body75 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %318, %body75 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask78 = phi i32 [ %319, %body75 ], [ 0, %sblock ]
  %305 = icmp slt i32 %smask78, %78
  br i1 %305, label %body75, label %exit77

body75:                                           ; preds = %smask
  %306 = add i32 %ktile17, %smask78
  %307 = insertelement <16 x i32> poison, i32 %306, i64 0
  %splat79 = shufflevector <16 x i32> %307, <16 x i32> poison, <16 x i32> zeroinitializer
  %308 = zext nneg i32 %smask78 to i64
  %309 = shl nuw nsw i64 %308, 7
  %310 = getelementptr i8, ptr %st, i64 %309
  %s = load <16 x float>, ptr %310, align 64
  %311 = icmp slt <16 x i32> %splat79, %limv
  %312 = select <16 x i1> %311, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %312, ptr %310, align 64
  %313 = or disjoint i64 %309, 64
  %314 = getelementptr i8, ptr %st, i64 %313
  %s80 = load <16 x float>, ptr %314, align 64
  %315 = icmp slt <16 x i32> %splat79, %limv18
  %316 = select <16 x i1> %315, <16 x float> %s80, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %316, ptr %314, align 64
  %317 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %316)
  %318 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %312)
  %319 = add nuw nsw i32 %smask78, 1
  br label %smask

exit77:                                           ; preds = %smask
  %320 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %mv.sroa.0.0, <16 x float> %tmax.sroa.0.0)
  %321 = fcmp oeq <16 x float> %320, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse81 = select <16 x i1> %321, <16 x float> zeroinitializer, <16 x float> %320
  %322 = fsub <16 x float> %mv.sroa.0.0, %muse81
  %323 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %322, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %324 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %323, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %325 = fadd <16 x float> %324, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fadd <16 x float> %325, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f = fsub <16 x float> %324, %n
  %326 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %327 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %326, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %328 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %327, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %329 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %328, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %330 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %329, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %330, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %332 = fptosi <16 x float> %n to <16 x i32>
  %333 = shl <16 x i32> %332, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %334 = add <16 x i32> %333, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %335 = bitcast <16 x i32> %334 to <16 x float>
  %exp2 = fmul <16 x float> %331, %335
  %336 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %mv.sroa.4.0, <16 x float> %tmax.sroa.4.0)
  %337 = fcmp oeq <16 x float> %336, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse83 = select <16 x i1> %337, <16 x float> zeroinitializer, <16 x float> %336
  %338 = fsub <16 x float> %mv.sroa.4.0, %muse83
  %339 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %338, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %340 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %339, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %341 = fadd <16 x float> %340, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n84 = fadd <16 x float> %341, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f85 = fsub <16 x float> %340, %n84
  %342 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f85, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %343 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %342, <16 x float> %f85, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %344 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %343, <16 x float> %f85, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %345 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %344, <16 x float> %f85, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %346 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %345, <16 x float> %f85, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %347 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %346, <16 x float> %f85, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %348 = fptosi <16 x float> %n84 to <16 x i32>
  %349 = shl <16 x i32> %348, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %350 = add <16 x i32> %349, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %351 = bitcast <16 x i32> %350 to <16 x float>
  %exp286 = fmul <16 x float> %347, %351
  br label %sexp

sexp:                                             ; preds = %body87, %exit77
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit77 ], [ %388, %body87 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit77 ], [ %389, %body87 ]
  %sexp90 = phi i32 [ 0, %exit77 ], [ %390, %body87 ]
  %352 = icmp slt i32 %sexp90, %78
  br i1 %352, label %body87, label %exit89

body87:                                           ; preds = %sexp
  %353 = zext nneg i32 %sexp90 to i64
  %354 = shl nuw nsw i64 %353, 7
  %355 = getelementptr i8, ptr %st, i64 %354
  %356 = load <16 x float>, ptr %355, align 64
  %357 = fsub <16 x float> %356, %muse81
  %358 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %357, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %359 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %358, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %360 = fadd <16 x float> %359, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n91 = fadd <16 x float> %360, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f92 = fsub <16 x float> %359, %n91
  %361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f92, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %362 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %361, <16 x float> %f92, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %363 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %362, <16 x float> %f92, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %364 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %363, <16 x float> %f92, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %365 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %364, <16 x float> %f92, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %366 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %365, <16 x float> %f92, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %367 = fptosi <16 x float> %n91 to <16 x i32>
  %368 = shl <16 x i32> %367, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %369 = add <16 x i32> %368, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %370 = bitcast <16 x i32> %369 to <16 x float>
  %exp293 = fmul <16 x float> %366, %370
  store <16 x float> %exp293, ptr %355, align 64
  %371 = or disjoint i64 %354, 64
  %372 = getelementptr i8, ptr %st, i64 %371
  %373 = load <16 x float>, ptr %372, align 64
  %374 = fsub <16 x float> %373, %muse83
  %375 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %374, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %376 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %375, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %377 = fadd <16 x float> %376, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n94 = fadd <16 x float> %377, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f95 = fsub <16 x float> %376, %n94
  %378 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f95, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %379 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %378, <16 x float> %f95, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %380 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %379, <16 x float> %f95, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %381 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %380, <16 x float> %f95, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %382 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %381, <16 x float> %f95, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %383 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %382, <16 x float> %f95, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %384 = fptosi <16 x float> %n94 to <16 x i32>
  %385 = shl <16 x i32> %384, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %386 = add <16 x i32> %385, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %387 = bitcast <16 x i32> %386 to <16 x float>
  %exp296 = fmul <16 x float> %383, %387
  store <16 x float> %exp296, ptr %372, align 64
  %388 = fadd <16 x float> %lsum.sroa.4.0, %exp296
  %389 = fadd <16 x float> %lsum.sroa.0.0, %exp293
  %390 = add nuw nsw i32 %sexp90, 1
  br label %sexp

exit89:                                           ; preds = %sexp
  %391 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %lv.sroa.0.0, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  %392 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %lv.sroa.4.0, <16 x float> %exp286, <16 x float> %lsum.sroa.4.0)
  br label %pvblock

pvblock:                                          ; preds = %exit103, %exit89
  %pvblock100 = phi i32 [ 0, %exit89 ], [ %517, %exit103 ]
  %393 = icmp ult i32 %pvblock100, 16
  br i1 %393, label %body97, label %exit99

body97:                                           ; preds = %pvblock
  %394 = shl nuw nsw i32 %pvblock100, 3
  %395 = zext nneg i32 %394 to i64
  %396 = shl nuw nsw i64 %395, 7
  %397 = getelementptr i8, ptr %ot, i64 %396
  %398 = load <16 x float>, ptr %397, align 64
  %399 = fmul <16 x float> %398, %exp2
  %400 = or disjoint i64 %396, 64
  %401 = getelementptr i8, ptr %ot, i64 %400
  %402 = load <16 x float>, ptr %401, align 64
  %403 = fmul <16 x float> %402, %exp286
  %404 = or disjoint i64 %395, 1
  %405 = shl nuw nsw i64 %404, 7
  %406 = getelementptr i8, ptr %ot, i64 %405
  %407 = load <16 x float>, ptr %406, align 64
  %408 = fmul <16 x float> %407, %exp2
  %409 = or disjoint i64 %405, 64
  %410 = getelementptr i8, ptr %ot, i64 %409
  %411 = load <16 x float>, ptr %410, align 64
  %412 = fmul <16 x float> %411, %exp286
  %413 = or disjoint i64 %395, 2
  %414 = shl nuw nsw i64 %413, 7
  %415 = getelementptr i8, ptr %ot, i64 %414
  %416 = load <16 x float>, ptr %415, align 64
  %417 = fmul <16 x float> %416, %exp2
  %418 = or disjoint i64 %414, 64
  %419 = getelementptr i8, ptr %ot, i64 %418
  %420 = load <16 x float>, ptr %419, align 64
  %421 = fmul <16 x float> %420, %exp286
  %422 = or disjoint i64 %395, 3
  %423 = shl nuw nsw i64 %422, 7
  %424 = getelementptr i8, ptr %ot, i64 %423
  %425 = load <16 x float>, ptr %424, align 64
  %426 = fmul <16 x float> %425, %exp2
  %427 = or disjoint i64 %423, 64
  %428 = getelementptr i8, ptr %ot, i64 %427
  %429 = load <16 x float>, ptr %428, align 64
  %430 = fmul <16 x float> %429, %exp286
  %431 = or disjoint i64 %395, 4
  %432 = shl nuw nsw i64 %431, 7
  %433 = getelementptr i8, ptr %ot, i64 %432
  %434 = load <16 x float>, ptr %433, align 64
  %435 = fmul <16 x float> %434, %exp2
  %436 = or disjoint i64 %432, 64
  %437 = getelementptr i8, ptr %ot, i64 %436
  %438 = load <16 x float>, ptr %437, align 64
  %439 = fmul <16 x float> %438, %exp286
  %440 = or disjoint i64 %395, 5
  %441 = shl nuw nsw i64 %440, 7
  %442 = getelementptr i8, ptr %ot, i64 %441
  %443 = load <16 x float>, ptr %442, align 64
  %444 = fmul <16 x float> %443, %exp2
  %445 = or disjoint i64 %441, 64
  %446 = getelementptr i8, ptr %ot, i64 %445
  %447 = load <16 x float>, ptr %446, align 64
  %448 = fmul <16 x float> %447, %exp286
  %449 = or disjoint i64 %395, 6
  %450 = shl nuw nsw i64 %449, 7
  %451 = getelementptr i8, ptr %ot, i64 %450
  %452 = load <16 x float>, ptr %451, align 64
  %453 = fmul <16 x float> %452, %exp2
  %454 = or disjoint i64 %450, 64
  %455 = getelementptr i8, ptr %ot, i64 %454
  %456 = load <16 x float>, ptr %455, align 64
  %457 = fmul <16 x float> %456, %exp286
  %458 = or disjoint i64 %395, 7
  %459 = shl nuw nsw i64 %458, 7
  %460 = getelementptr i8, ptr %ot, i64 %459
  %461 = load <16 x float>, ptr %460, align 64
  %462 = fmul <16 x float> %461, %exp2
  %463 = or disjoint i64 %459, 64
  %464 = getelementptr i8, ptr %ot, i64 %463
  %465 = load <16 x float>, ptr %464, align 64
  %466 = fmul <16 x float> %465, %exp286
  %467 = shl nuw nsw i64 %458, 2
  %468 = shl nuw nsw i64 %449, 2
  %469 = shl nuw nsw i64 %440, 2
  %470 = shl nuw nsw i64 %431, 2
  %471 = shl nuw nsw i64 %422, 2
  %472 = shl nuw nsw i64 %413, 2
  %473 = shl nuw nsw i64 %404, 2
  %474 = shl nuw nsw i64 %395, 2
  br label %kpv

exit99:                                           ; preds = %pvblock
  %475 = add nsw i32 %ktile17, 48
  br label %ktile

kpv:                                              ; preds = %latch102, %body97
  %o.sroa.44.0 = phi <16 x float> [ %448, %body97 ], [ %494, %latch102 ]
  %o.sroa.40.0 = phi <16 x float> [ %444, %body97 ], [ %495, %latch102 ]
  %o.sroa.36.0 = phi <16 x float> [ %439, %body97 ], [ %498, %latch102 ]
  %o.sroa.32.0 = phi <16 x float> [ %435, %body97 ], [ %499, %latch102 ]
  %o.sroa.28.0 = phi <16 x float> [ %430, %body97 ], [ %502, %latch102 ]
  %o.sroa.24.0 = phi <16 x float> [ %426, %body97 ], [ %503, %latch102 ]
  %o.sroa.20.0 = phi <16 x float> [ %421, %body97 ], [ %506, %latch102 ]
  %o.sroa.16.0 = phi <16 x float> [ %417, %body97 ], [ %507, %latch102 ]
  %o.sroa.12.0 = phi <16 x float> [ %412, %body97 ], [ %510, %latch102 ]
  %o.sroa.8.0 = phi <16 x float> [ %408, %body97 ], [ %511, %latch102 ]
  %o.sroa.4.0 = phi <16 x float> [ %403, %body97 ], [ %514, %latch102 ]
  %o.sroa.0.0 = phi <16 x float> [ %399, %body97 ], [ %515, %latch102 ]
  %o.sroa.48.0 = phi <16 x float> [ %453, %body97 ], [ %491, %latch102 ]
  %o.sroa.52.0 = phi <16 x float> [ %457, %body97 ], [ %490, %latch102 ]
  %o.sroa.56.0 = phi <16 x float> [ %462, %body97 ], [ %487, %latch102 ]
  %o.sroa.60.0 = phi <16 x float> [ %466, %body97 ], [ %485, %latch102 ]
  %kpv104 = phi i32 [ 0, %body97 ], [ %516, %latch102 ]
  %476 = icmp slt i32 %kpv104, %78
  br i1 %476, label %latch102, label %exit103

latch102:                                         ; preds = %kpv
  %477 = zext nneg i32 %kpv104 to i64
  %478 = shl nuw nsw i64 %477, 7
  %479 = or disjoint i64 %478, 64
  %480 = getelementptr i8, ptr %st, i64 %479
  %p105 = load <16 x float>, ptr %480, align 64
  %481 = shl nuw nsw i64 %477, 9
  %482 = getelementptr i8, ptr %vbuf, i64 %481
  %483 = getelementptr i8, ptr %482, i64 %467
  %v119 = load float, ptr %483, align 4
  %484 = insertelement <16 x float> poison, float %v119, i64 0
  %splat120 = shufflevector <16 x float> %484, <16 x float> poison, <16 x i32> zeroinitializer
  %485 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p105, <16 x float> %splat120, <16 x float> %o.sroa.60.0)
  %486 = getelementptr i8, ptr %st, i64 %478
  %p = load <16 x float>, ptr %486, align 64
  %487 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat120, <16 x float> %o.sroa.56.0)
  %488 = getelementptr i8, ptr %482, i64 %468
  %v117 = load float, ptr %488, align 4
  %489 = insertelement <16 x float> poison, float %v117, i64 0
  %splat118 = shufflevector <16 x float> %489, <16 x float> poison, <16 x i32> zeroinitializer
  %490 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p105, <16 x float> %splat118, <16 x float> %o.sroa.52.0)
  %491 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat118, <16 x float> %o.sroa.48.0)
  %492 = getelementptr i8, ptr %482, i64 %469
  %v115 = load float, ptr %492, align 4
  %493 = insertelement <16 x float> poison, float %v115, i64 0
  %splat116 = shufflevector <16 x float> %493, <16 x float> poison, <16 x i32> zeroinitializer
  %494 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p105, <16 x float> %splat116, <16 x float> %o.sroa.44.0)
  %495 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat116, <16 x float> %o.sroa.40.0)
  %496 = getelementptr i8, ptr %482, i64 %470
  %v113 = load float, ptr %496, align 4
  %497 = insertelement <16 x float> poison, float %v113, i64 0
  %splat114 = shufflevector <16 x float> %497, <16 x float> poison, <16 x i32> zeroinitializer
  %498 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p105, <16 x float> %splat114, <16 x float> %o.sroa.36.0)
  %499 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat114, <16 x float> %o.sroa.32.0)
  %500 = getelementptr i8, ptr %482, i64 %471
  %v111 = load float, ptr %500, align 4
  %501 = insertelement <16 x float> poison, float %v111, i64 0
  %splat112 = shufflevector <16 x float> %501, <16 x float> poison, <16 x i32> zeroinitializer
  %502 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p105, <16 x float> %splat112, <16 x float> %o.sroa.28.0)
  %503 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat112, <16 x float> %o.sroa.24.0)
  %504 = getelementptr i8, ptr %482, i64 %472
  %v109 = load float, ptr %504, align 4
  %505 = insertelement <16 x float> poison, float %v109, i64 0
  %splat110 = shufflevector <16 x float> %505, <16 x float> poison, <16 x i32> zeroinitializer
  %506 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p105, <16 x float> %splat110, <16 x float> %o.sroa.20.0)
  %507 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat110, <16 x float> %o.sroa.16.0)
  %508 = getelementptr i8, ptr %482, i64 %473
  %v107 = load float, ptr %508, align 4
  %509 = insertelement <16 x float> poison, float %v107, i64 0
  %splat108 = shufflevector <16 x float> %509, <16 x float> poison, <16 x i32> zeroinitializer
  %510 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p105, <16 x float> %splat108, <16 x float> %o.sroa.12.0)
  %511 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat108, <16 x float> %o.sroa.8.0)
  %512 = getelementptr i8, ptr %482, i64 %474
  %v = load float, ptr %512, align 4
  %513 = insertelement <16 x float> poison, float %v, i64 0
  %splat106 = shufflevector <16 x float> %513, <16 x float> poison, <16 x i32> zeroinitializer
  %514 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p105, <16 x float> %splat106, <16 x float> %o.sroa.4.0)
  %515 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat106, <16 x float> %o.sroa.0.0)
  %516 = add nuw nsw i32 %kpv104, 1
  br label %kpv

exit103:                                          ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %397, align 64
  store <16 x float> %o.sroa.4.0, ptr %401, align 64
  store <16 x float> %o.sroa.8.0, ptr %406, align 64
  store <16 x float> %o.sroa.12.0, ptr %410, align 64
  store <16 x float> %o.sroa.16.0, ptr %415, align 64
  store <16 x float> %o.sroa.20.0, ptr %419, align 64
  store <16 x float> %o.sroa.24.0, ptr %424, align 64
  store <16 x float> %o.sroa.28.0, ptr %428, align 64
  store <16 x float> %o.sroa.32.0, ptr %433, align 64
  store <16 x float> %o.sroa.36.0, ptr %437, align 64
  store <16 x float> %o.sroa.40.0, ptr %442, align 64
  store <16 x float> %o.sroa.44.0, ptr %446, align 64
  store <16 x float> %o.sroa.48.0, ptr %451, align 64
  store <16 x float> %o.sroa.52.0, ptr %455, align 64
  store <16 x float> %o.sroa.56.0, ptr %460, align 64
  store <16 x float> %o.sroa.60.0, ptr %464, align 64
  %517 = add nuw nsw i32 %pvblock100, 1
  br label %pvblock

orow121:                                          ; preds = %written, %exit16
  %orow125 = phi i32 [ 0, %exit16 ], [ %543, %written ]
  %518 = icmp slt i32 %orow125, %nrows
  br i1 %518, label %body122, label %done

body122:                                          ; preds = %orow121
  %519 = zext nneg i32 %orow125 to i64
  %520 = getelementptr float, ptr %ms, i64 %519
  %m126 = load float, ptr %520, align 4
  %521 = getelementptr float, ptr %ls, i64 %519
  %l = load float, ptr %521, align 4
  %522 = shl nuw nsw i64 %519, 2
  %invariant.gep = getelementptr i8, ptr %ot, i64 %522
  br label %otrow

otrow:                                            ; preds = %body127, %body122
  %otrow130 = phi i32 [ 0, %body122 ], [ %529, %body127 ]
  %523 = icmp ult i32 %otrow130, 128
  br i1 %523, label %body127, label %exit129

body127:                                          ; preds = %otrow
  %524 = zext nneg i32 %otrow130 to i64
  %525 = shl nuw nsw i64 %524, 7
  %gep = getelementptr i8, ptr %invariant.gep, i64 %525
  %526 = load float, ptr %gep, align 4
  %527 = shl nuw nsw i64 %524, 2
  %528 = getelementptr i8, ptr %rowbuf, i64 %527
  store float %526, ptr %528, align 4
  %529 = add nuw nsw i32 %otrow130, 1
  br label %otrow

exit129:                                          ; preds = %otrow
  br i1 %.not, label %final, label %partial

partial:                                          ; preds = %exit129
  %.idx = shl nuw nsw i64 %519, 9
  %530 = getelementptr i8, ptr %part, i64 %.idx
  br label %chunk131

final:                                            ; preds = %exit129
  %531 = sdiv i32 %orow125, %nh
  %qi136 = add i32 %q_begin, %531
  %532 = srem i32 %orow125, %nh
  %h137 = add i32 %h_begin, %532
  %hq138 = add i32 %27, %h137
  %533 = sext i32 %qi136 to i64
  %534 = add i64 %q_row0, %533
  %535 = shl i64 %534, 5
  %536 = sext i32 %hq138 to i64
  %orow139 = add i64 %535, %536
  %537 = fcmp oeq float %l, 0.000000e+00
  %538 = fdiv float 1.000000e+00, %l
  %539 = select i1 %537, float 0.000000e+00, float %538
  %540 = shl i64 %orow139, 9
  %541 = getelementptr i8, ptr %out, i64 %540
  %542 = insertelement <16 x float> poison, float %539, i64 0
  %splat140 = shufflevector <16 x float> %542, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk141

written:                                          ; preds = %exit144, %exit134
  %543 = add nuw nsw i32 %orow125, 1
  br label %orow121

chunk131:                                         ; preds = %body132, %partial
  %chunk135 = phi i64 [ 0, %partial ], [ %549, %body132 ]
  %544 = icmp ult i64 %chunk135, 8
  br i1 %544, label %body132, label %exit134

body132:                                          ; preds = %chunk131
  %545 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk135
  %546 = load <16 x float>, ptr %545, align 64
  %547 = shl nuw nsw i64 %chunk135, 6
  %548 = getelementptr i8, ptr %530, i64 %547
  store <16 x float> %546, ptr %548, align 4
  %549 = add nuw nsw i64 %chunk135, 1
  br label %chunk131

exit134:                                          ; preds = %chunk131
  %550 = add nuw nsw i64 %85, %519
  %551 = getelementptr float, ptr %part, i64 %550
  store float %m126, ptr %551, align 4
  %gep199 = getelementptr float, ptr %invariant.gep198, i64 %550
  store float %l, ptr %gep199, align 4
  br label %written

chunk141:                                         ; preds = %body142, %final
  %chunk145 = phi i64 [ 0, %final ], [ %558, %body142 ]
  %552 = icmp ult i64 %chunk145, 8
  br i1 %552, label %body142, label %exit144

body142:                                          ; preds = %chunk141
  %553 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk145
  %554 = load <16 x float>, ptr %553, align 64
  %555 = fmul <16 x float> %554, %splat140
  %556 = shl nuw nsw i64 %chunk145, 6
  %557 = getelementptr i8, ptr %541, i64 %556
  store <16 x float> %555, ptr %557, align 4
  %558 = add nuw nsw i64 %chunk145, 1
  br label %chunk141

exit144:                                          ; preds = %chunk141
  %559 = call float @llvm.log.f32(float %l)
  %560 = call float @llvm.fmuladd.f32(float %m126, float 0x3FE62E4300000000, float %559)
  %lse146 = select i1 %537, float 0xFFF0000000000000, float %560
  %561 = getelementptr float, ptr %lse, i64 %orow139
  store float %lse146, ptr %561, align 4
  br label %written
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
