; ModuleID = 'mqa'
source_filename = "mqa"
target triple = "x86_64-unknown-linux-gnu"

@mqa.name = private unnamed_addr constant [4 x i8] c"mqa\00"
@mqa.spec = private unnamed_addr constant [245 x i8] c"attncc: 1\0Aname: mqa\0Aphase: decode\0Aheads: {q: 16, kv: 1, dim: 64, v_dim: 64}\0Atypes: {q: f32, cache: bf16, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: head_major, capacity: 4096}\0Amask: {causal: false}\0Aoutput: {lse: false}\0A\00"
@mqa_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float } { i32 1, i32 1, i64 -7717703771589902001, ptr @mqa.name, ptr @mqa.spec, i32 16, i32 1, i32 64, i32 64, i32 0, i32 2, i32 0, i32 0, i32 0, i32 1, i32 4096, i32 0, i32 0, float 1.250000e-01 }, align 8
@mqa_kernel = internal constant { ptr, ptr, i32, i32, i32, i32 } { ptr @mqa_info_data, ptr @mqa_tile, i32 1, i32 16, i32 16, i32 256 }, align 8

; Function Attrs: nounwind
define internal void @mqa_tile(ptr %0, ptr %1) #0 {
entry:
  %lims138 = alloca [16 x i32], align 64
  %rowbuf139 = alloca [4 x <16 x float>], align 64
  %ot140 = alloca [4096 x i8], align 64
  %st141 = alloca [7680 x i8], align 64
  %vbuf142 = alloca [27648 x i8], align 64
  %kbuf143 = alloca [30720 x i8], align 64
  %qt144 = alloca [4096 x i8], align 64
  %ls145 = alloca [16 x float], align 64
  %ms146 = alloca [16 x float], align 64
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
  %9 = getelementptr i8, ptr %1, i64 36
  %k_begin = load i32, ptr %9, align 4
  %10 = getelementptr i8, ptr %1, i64 40
  %k_end = load i32, ptr %10, align 4
  %11 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %11, align 8
  %12 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %12, align 8
  %13 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %14, align 8
  %15 = sext i32 %seq to i64
  %16 = sext i32 %kv_head to i64
  %17 = add nsw i64 %15, %16
  %18 = shl nsw i64 %17, 19
  %19 = getelementptr i8, ptr %k_cache, i64 %18
  %20 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %20, align 8
  %21 = getelementptr i8, ptr %v_cache, i64 %18
  %22 = icmp sgt i32 %nrows, 0
  br i1 %22, label %qrow.preheader, label %done

qrow.preheader:                                   ; preds = %entry
  %23 = add nsw i32 %nrows, -1
  %24 = shl i32 %kv_head, 4
  %25 = getelementptr inbounds i8, ptr %rowbuf139, i64 64
  %26 = getelementptr inbounds i8, ptr %rowbuf139, i64 128
  %27 = getelementptr inbounds i8, ptr %rowbuf139, i64 192
  br label %qrow

done:                                             ; preds = %orow113, %entry
  ret void

qrow:                                             ; preds = %qrow.preheader, %exit4
  %qrow1 = phi i32 [ %65, %exit4 ], [ 0, %qrow.preheader ]
  %28 = icmp ult i32 %qrow1, 16
  br i1 %28, label %body, label %otzero

body:                                             ; preds = %qrow
  %29 = icmp slt i32 %qrow1, %nrows
  %30 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %23)
  %31 = sdiv i32 %30, %nh
  %qi = add i32 %q_begin, %31
  %32 = srem i32 %30, %nh
  %h = add i32 %h_begin, %32
  %hq = add i32 %24, %h
  %33 = sext i32 %qi to i64
  %34 = add i64 %q_row0, %33
  %35 = sext i32 %hq to i64
  %36 = shl i64 %34, 12
  %37 = shl nsw i64 %35, 8
  %38 = getelementptr i8, ptr %q, i64 %36
  %39 = getelementptr i8, ptr %38, i64 %37
  %40 = select i1 %29, float 0x3FC7154760000000, float 0.000000e+00
  %41 = insertelement <16 x float> poison, float %40, i64 0
  %splat = shufflevector <16 x float> %41, <16 x float> poison, <16 x i32> zeroinitializer
  %42 = load <16 x float>, ptr %39, align 4
  %43 = fmul <16 x float> %42, %splat
  store <16 x float> %43, ptr %rowbuf139, align 64
  %44 = getelementptr i8, ptr %39, i64 64
  %45 = load <16 x float>, ptr %44, align 4
  %46 = fmul <16 x float> %45, %splat
  store <16 x float> %46, ptr %25, align 64
  %47 = getelementptr i8, ptr %39, i64 128
  %48 = load <16 x float>, ptr %47, align 4
  %49 = fmul <16 x float> %48, %splat
  store <16 x float> %49, ptr %26, align 64
  %50 = getelementptr i8, ptr %39, i64 192
  %51 = load <16 x float>, ptr %50, align 4
  %52 = fmul <16 x float> %51, %splat
  store <16 x float> %52, ptr %27, align 64
  %53 = zext nneg i32 %qrow1 to i64
  %54 = getelementptr i32, ptr %lims138, i64 %53
  store i32 %k_end, ptr %54, align 4
  %55 = shl nuw nsw i64 %53, 2
  br label %qcol

qcol:                                             ; preds = %body2, %body
  %qcol5 = phi i32 [ 0, %body ], [ %64, %body2 ]
  %56 = icmp ult i32 %qcol5, 64
  br i1 %56, label %body2, label %exit4

body2:                                            ; preds = %qcol
  %57 = zext nneg i32 %qcol5 to i64
  %58 = shl nuw nsw i64 %57, 2
  %59 = getelementptr i8, ptr %rowbuf139, i64 %58
  %60 = load float, ptr %59, align 4
  %61 = shl nuw nsw i64 %57, 6
  %62 = or disjoint i64 %61, %55
  %63 = getelementptr i8, ptr %qt144, i64 %62
  store float %60, ptr %63, align 4
  %64 = add nuw nsw i32 %qcol5, 1
  br label %qcol

exit4:                                            ; preds = %qcol
  %65 = add nuw nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body6
  %otzero9 = phi i32 [ %70, %body6 ], [ 0, %qrow ]
  %66 = icmp ult i32 %otzero9, 64
  br i1 %66, label %body6, label %exit8

body6:                                            ; preds = %otzero
  %67 = shl nuw nsw i32 %otzero9, 6
  %68 = zext nneg i32 %67 to i64
  %69 = getelementptr i8, ptr %ot140, i64 %68
  store <16 x float> zeroinitializer, ptr %69, align 64
  %70 = add nuw nsw i32 %otzero9, 1
  br label %otzero

exit8:                                            ; preds = %otzero
  %k_last = add i32 %k_end, -1
  %limv = load <16 x i32>, ptr %lims138, align 64
  br label %ktile

ktile:                                            ; preds = %exit76, %exit8
  %lv.0 = phi <16 x float> [ zeroinitializer, %exit8 ], [ %303, %exit76 ]
  %mv.0 = phi <16 x float> [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %exit8 ], [ %266, %exit76 ]
  %ktile13 = phi i32 [ %k_begin, %exit8 ], [ %402, %exit76 ]
  %71 = icmp slt i32 %ktile13, %k_end
  br i1 %71, label %body10, label %exit12

body10:                                           ; preds = %ktile
  %72 = sub i32 %k_end, %ktile13
  %.fr = freeze i32 %72
  %73 = call i32 @llvm.smin.i32(i32 %.fr, i32 108)
  %74 = add nsw i32 %73, 11
  %75 = srem i32 %74, 12
  %76 = sub nsw i32 %74, %75
  br label %kpack

exit12:                                           ; preds = %ktile
  store <16 x float> %mv.0, ptr %ms146, align 64
  store <16 x float> %lv.0, ptr %ls145, align 64
  %.not = icmp eq ptr %part, null
  %77 = zext nneg i32 %nrows to i64
  %78 = shl nuw nsw i64 %77, 6
  %invariant.gep308 = getelementptr float, ptr %part, i64 %77
  br label %orow113

kpack:                                            ; preds = %body14, %body10
  %kpack17 = phi i32 [ 0, %body10 ], [ %109, %body14 ]
  %79 = icmp slt i32 %kpack17, %76
  br i1 %79, label %body14, label %vpack

body14:                                           ; preds = %kpack
  %80 = add i32 %ktile13, %kpack17
  %81 = call i32 @llvm.smin.i32(i32 %80, i32 %k_last)
  %82 = sext i32 %81 to i64
  %83 = shl nsw i64 %82, 7
  %84 = getelementptr i8, ptr %19, i64 %83
  %85 = load <16 x i16>, ptr %84, align 2
  %86 = zext <16 x i16> %85 to <16 x i32>
  %87 = shl nuw <16 x i32> %86, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %88 = zext nneg i32 %kpack17 to i64
  %89 = shl nuw nsw i64 %88, 8
  %90 = getelementptr i8, ptr %kbuf143, i64 %89
  store <16 x i32> %87, ptr %90, align 64
  %91 = getelementptr i8, ptr %84, i64 32
  %92 = load <16 x i16>, ptr %91, align 2
  %93 = zext <16 x i16> %92 to <16 x i32>
  %94 = shl nuw <16 x i32> %93, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %95 = or disjoint i64 %89, 64
  %96 = getelementptr i8, ptr %kbuf143, i64 %95
  store <16 x i32> %94, ptr %96, align 64
  %97 = getelementptr i8, ptr %84, i64 64
  %98 = load <16 x i16>, ptr %97, align 2
  %99 = zext <16 x i16> %98 to <16 x i32>
  %100 = shl nuw <16 x i32> %99, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %101 = or disjoint i64 %89, 128
  %102 = getelementptr i8, ptr %kbuf143, i64 %101
  store <16 x i32> %100, ptr %102, align 64
  %103 = getelementptr i8, ptr %84, i64 96
  %104 = load <16 x i16>, ptr %103, align 2
  %105 = zext <16 x i16> %104 to <16 x i32>
  %106 = shl nuw <16 x i32> %105, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %107 = or disjoint i64 %89, 192
  %108 = getelementptr i8, ptr %kbuf143, i64 %107
  store <16 x i32> %106, ptr %108, align 64
  %109 = add nuw nsw i32 %kpack17, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %body21
  %vpack24 = phi i32 [ %139, %body21 ], [ 0, %kpack ]
  %110 = icmp slt i32 %vpack24, %73
  br i1 %110, label %body21, label %sblock

body21:                                           ; preds = %vpack
  %111 = add i32 %ktile13, %vpack24
  %112 = sext i32 %111 to i64
  %113 = shl nsw i64 %112, 7
  %114 = getelementptr i8, ptr %21, i64 %113
  %115 = load <16 x i16>, ptr %114, align 2
  %116 = zext <16 x i16> %115 to <16 x i32>
  %117 = shl nuw <16 x i32> %116, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %118 = zext nneg i32 %vpack24 to i64
  %119 = shl nuw nsw i64 %118, 8
  %120 = getelementptr i8, ptr %vbuf142, i64 %119
  store <16 x i32> %117, ptr %120, align 64
  %121 = getelementptr i8, ptr %114, i64 32
  %122 = load <16 x i16>, ptr %121, align 2
  %123 = zext <16 x i16> %122 to <16 x i32>
  %124 = shl nuw <16 x i32> %123, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %125 = or disjoint i64 %119, 64
  %126 = getelementptr i8, ptr %vbuf142, i64 %125
  store <16 x i32> %124, ptr %126, align 64
  %127 = getelementptr i8, ptr %114, i64 64
  %128 = load <16 x i16>, ptr %127, align 2
  %129 = zext <16 x i16> %128 to <16 x i32>
  %130 = shl nuw <16 x i32> %129, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %131 = or disjoint i64 %119, 128
  %132 = getelementptr i8, ptr %vbuf142, i64 %131
  store <16 x i32> %130, ptr %132, align 64
  %133 = getelementptr i8, ptr %114, i64 96
  %134 = load <16 x i16>, ptr %133, align 2
  %135 = zext <16 x i16> %134 to <16 x i32>
  %136 = shl nuw <16 x i32> %135, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %137 = or disjoint i64 %119, 192
  %138 = getelementptr i8, ptr %vbuf142, i64 %137
  store <16 x i32> %136, ptr %138, align 64
  %139 = add nuw nsw i32 %vpack24, 1
  br label %vpack

sblock:                                           ; preds = %vpack, %exit35
  %sblock32 = phi i32 [ %255, %exit35 ], [ 0, %vpack ]
  %140 = icmp slt i32 %sblock32, %73
  br i1 %140, label %body29, label %smask

body29:                                           ; preds = %sblock
  %141 = zext nneg i32 %sblock32 to i64
  %142 = shl nuw nsw i64 %141, 8
  %143 = getelementptr i8, ptr %kbuf143, i64 %142
  br label %sdim

sdim:                                             ; preds = %body33, %body29
  %144 = phi <16 x float> [ zeroinitializer, %body29 ], [ %207, %body33 ]
  %145 = phi <16 x float> [ zeroinitializer, %body29 ], [ %203, %body33 ]
  %146 = phi <16 x float> [ zeroinitializer, %body29 ], [ %199, %body33 ]
  %147 = phi <16 x float> [ zeroinitializer, %body29 ], [ %195, %body33 ]
  %148 = phi <16 x float> [ zeroinitializer, %body29 ], [ %191, %body33 ]
  %149 = phi <16 x float> [ zeroinitializer, %body29 ], [ %187, %body33 ]
  %150 = phi <16 x float> [ zeroinitializer, %body29 ], [ %183, %body33 ]
  %151 = phi <16 x float> [ zeroinitializer, %body29 ], [ %179, %body33 ]
  %152 = phi <16 x float> [ zeroinitializer, %body29 ], [ %175, %body33 ]
  %153 = phi <16 x float> [ zeroinitializer, %body29 ], [ %171, %body33 ]
  %154 = phi <16 x float> [ zeroinitializer, %body29 ], [ %167, %body33 ]
  %155 = phi <16 x float> [ zeroinitializer, %body29 ], [ %163, %body33 ]
  %sdim36 = phi i32 [ 0, %body29 ], [ %208, %body33 ]
  %156 = icmp ult i32 %sdim36, 64
  br i1 %156, label %body33, label %exit35

body33:                                           ; preds = %sdim
  %157 = zext nneg i32 %sdim36 to i64
  %158 = shl nuw nsw i64 %157, 6
  %159 = getelementptr i8, ptr %qt144, i64 %158
  %qt37 = load <16 x float>, ptr %159, align 64
  %160 = shl nuw nsw i64 %157, 2
  %161 = getelementptr i8, ptr %143, i64 %160
  %k = load float, ptr %161, align 4
  %162 = insertelement <16 x float> poison, float %k, i64 0
  %splat38 = shufflevector <16 x float> %162, <16 x float> poison, <16 x i32> zeroinitializer
  %163 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt37, <16 x float> %splat38, <16 x float> %155)
  %164 = or disjoint i64 %160, 256
  %165 = getelementptr i8, ptr %143, i64 %164
  %k39 = load float, ptr %165, align 4
  %166 = insertelement <16 x float> poison, float %k39, i64 0
  %splat40 = shufflevector <16 x float> %166, <16 x float> poison, <16 x i32> zeroinitializer
  %167 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt37, <16 x float> %splat40, <16 x float> %154)
  %168 = or disjoint i64 %160, 512
  %169 = getelementptr i8, ptr %143, i64 %168
  %k41 = load float, ptr %169, align 4
  %170 = insertelement <16 x float> poison, float %k41, i64 0
  %splat42 = shufflevector <16 x float> %170, <16 x float> poison, <16 x i32> zeroinitializer
  %171 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt37, <16 x float> %splat42, <16 x float> %153)
  %172 = or disjoint i64 %160, 768
  %173 = getelementptr i8, ptr %143, i64 %172
  %k43 = load float, ptr %173, align 4
  %174 = insertelement <16 x float> poison, float %k43, i64 0
  %splat44 = shufflevector <16 x float> %174, <16 x float> poison, <16 x i32> zeroinitializer
  %175 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt37, <16 x float> %splat44, <16 x float> %152)
  %176 = or disjoint i64 %160, 1024
  %177 = getelementptr i8, ptr %143, i64 %176
  %k45 = load float, ptr %177, align 4
  %178 = insertelement <16 x float> poison, float %k45, i64 0
  %splat46 = shufflevector <16 x float> %178, <16 x float> poison, <16 x i32> zeroinitializer
  %179 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt37, <16 x float> %splat46, <16 x float> %151)
  %180 = or disjoint i64 %160, 1280
  %181 = getelementptr i8, ptr %143, i64 %180
  %k47 = load float, ptr %181, align 4
  %182 = insertelement <16 x float> poison, float %k47, i64 0
  %splat48 = shufflevector <16 x float> %182, <16 x float> poison, <16 x i32> zeroinitializer
  %183 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt37, <16 x float> %splat48, <16 x float> %150)
  %184 = or disjoint i64 %160, 1536
  %185 = getelementptr i8, ptr %143, i64 %184
  %k49 = load float, ptr %185, align 4
  %186 = insertelement <16 x float> poison, float %k49, i64 0
  %splat50 = shufflevector <16 x float> %186, <16 x float> poison, <16 x i32> zeroinitializer
  %187 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt37, <16 x float> %splat50, <16 x float> %149)
  %188 = or disjoint i64 %160, 1792
  %189 = getelementptr i8, ptr %143, i64 %188
  %k51 = load float, ptr %189, align 4
  %190 = insertelement <16 x float> poison, float %k51, i64 0
  %splat52 = shufflevector <16 x float> %190, <16 x float> poison, <16 x i32> zeroinitializer
  %191 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt37, <16 x float> %splat52, <16 x float> %148)
  %192 = or disjoint i64 %160, 2048
  %193 = getelementptr i8, ptr %143, i64 %192
  %k53 = load float, ptr %193, align 4
  %194 = insertelement <16 x float> poison, float %k53, i64 0
  %splat54 = shufflevector <16 x float> %194, <16 x float> poison, <16 x i32> zeroinitializer
  %195 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt37, <16 x float> %splat54, <16 x float> %147)
  %196 = or disjoint i64 %160, 2304
  %197 = getelementptr i8, ptr %143, i64 %196
  %k55 = load float, ptr %197, align 4
  %198 = insertelement <16 x float> poison, float %k55, i64 0
  %splat56 = shufflevector <16 x float> %198, <16 x float> poison, <16 x i32> zeroinitializer
  %199 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt37, <16 x float> %splat56, <16 x float> %146)
  %200 = or disjoint i64 %160, 2560
  %201 = getelementptr i8, ptr %143, i64 %200
  %k57 = load float, ptr %201, align 4
  %202 = insertelement <16 x float> poison, float %k57, i64 0
  %splat58 = shufflevector <16 x float> %202, <16 x float> poison, <16 x i32> zeroinitializer
  %203 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt37, <16 x float> %splat58, <16 x float> %145)
  %204 = or disjoint i64 %160, 2816
  %205 = getelementptr i8, ptr %143, i64 %204
  %k59 = load float, ptr %205, align 4
  %206 = insertelement <16 x float> poison, float %k59, i64 0
  %splat60 = shufflevector <16 x float> %206, <16 x float> poison, <16 x i32> zeroinitializer
  %207 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt37, <16 x float> %splat60, <16 x float> %144)
  %208 = add nuw nsw i32 %sdim36, 1
  br label %sdim

exit35:                                           ; preds = %sdim
  %209 = shl nuw nsw i64 %141, 6
  %210 = getelementptr i8, ptr %st141, i64 %209
  store <16 x float> %155, ptr %210, align 64
  %211 = or disjoint i32 %sblock32, 1
  %212 = zext nneg i32 %211 to i64
  %213 = shl nuw nsw i64 %212, 6
  %214 = getelementptr i8, ptr %st141, i64 %213
  store <16 x float> %154, ptr %214, align 64
  %215 = or disjoint i32 %sblock32, 2
  %216 = zext nneg i32 %215 to i64
  %217 = shl nuw nsw i64 %216, 6
  %218 = getelementptr i8, ptr %st141, i64 %217
  store <16 x float> %153, ptr %218, align 64
  %219 = or disjoint i32 %sblock32, 3
  %220 = zext nneg i32 %219 to i64
  %221 = shl nuw nsw i64 %220, 6
  %222 = getelementptr i8, ptr %st141, i64 %221
  store <16 x float> %152, ptr %222, align 64
  %223 = add nuw i32 %sblock32, 4
  %224 = sext i32 %223 to i64
  %225 = shl nsw i64 %224, 6
  %226 = getelementptr i8, ptr %st141, i64 %225
  store <16 x float> %151, ptr %226, align 64
  %227 = add nuw i32 %sblock32, 5
  %228 = sext i32 %227 to i64
  %229 = shl nsw i64 %228, 6
  %230 = getelementptr i8, ptr %st141, i64 %229
  store <16 x float> %150, ptr %230, align 64
  %231 = add nuw i32 %sblock32, 6
  %232 = sext i32 %231 to i64
  %233 = shl nsw i64 %232, 6
  %234 = getelementptr i8, ptr %st141, i64 %233
  store <16 x float> %149, ptr %234, align 64
  %235 = add nuw i32 %sblock32, 7
  %236 = sext i32 %235 to i64
  %237 = shl nsw i64 %236, 6
  %238 = getelementptr i8, ptr %st141, i64 %237
  store <16 x float> %148, ptr %238, align 64
  %239 = add nuw i32 %sblock32, 8
  %240 = sext i32 %239 to i64
  %241 = shl nsw i64 %240, 6
  %242 = getelementptr i8, ptr %st141, i64 %241
  store <16 x float> %147, ptr %242, align 64
  %243 = add nuw i32 %sblock32, 9
  %244 = sext i32 %243 to i64
  %245 = shl nsw i64 %244, 6
  %246 = getelementptr i8, ptr %st141, i64 %245
  store <16 x float> %146, ptr %246, align 64
  %247 = add nuw i32 %sblock32, 10
  %248 = sext i32 %247 to i64
  %249 = shl nsw i64 %248, 6
  %250 = getelementptr i8, ptr %st141, i64 %249
  store <16 x float> %145, ptr %250, align 64
  %251 = add nuw i32 %sblock32, 11
  %252 = sext i32 %251 to i64
  %253 = shl nsw i64 %252, 6
  %254 = getelementptr i8, ptr %st141, i64 %253
  store <16 x float> %144, ptr %254, align 64
  %255 = add nuw nsw i32 %sblock32, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body61
  %tmax.0 = phi <16 x float> [ %264, %body61 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask64 = phi i32 [ %265, %body61 ], [ 0, %sblock ]
  %256 = icmp slt i32 %smask64, %73
  br i1 %256, label %body61, label %exit63

body61:                                           ; preds = %smask
  %257 = add i32 %ktile13, %smask64
  %258 = insertelement <16 x i32> poison, i32 %257, i64 0
  %splat65 = shufflevector <16 x i32> %258, <16 x i32> poison, <16 x i32> zeroinitializer
  %259 = zext nneg i32 %smask64 to i64
  %260 = shl nuw nsw i64 %259, 6
  %261 = getelementptr i8, ptr %st141, i64 %260
  %s = load <16 x float>, ptr %261, align 64
  %262 = icmp slt <16 x i32> %splat65, %limv
  %263 = select <16 x i1> %262, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %263, ptr %261, align 64
  %264 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.0, <16 x float> %263)
  %265 = add nuw nsw i32 %smask64, 1
  br label %smask

exit63:                                           ; preds = %smask
  %266 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %mv.0, <16 x float> %tmax.0)
  %267 = fcmp oeq <16 x float> %266, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse66 = select <16 x i1> %267, <16 x float> zeroinitializer, <16 x float> %266
  %268 = fsub <16 x float> %mv.0, %muse66
  %269 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %268, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %270 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %269, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %271 = fadd <16 x float> %270, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fadd <16 x float> %271, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f = fsub <16 x float> %270, %n
  %272 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %273 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %272, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %274 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %273, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %275 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %274, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %276 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %275, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %277 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %276, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %278 = fptosi <16 x float> %n to <16 x i32>
  %279 = shl <16 x i32> %278, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %280 = add <16 x i32> %279, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %281 = bitcast <16 x i32> %280 to <16 x float>
  %exp2 = fmul <16 x float> %277, %281
  br label %sexp

sexp:                                             ; preds = %body67, %exit63
  %lsum.0 = phi <16 x float> [ zeroinitializer, %exit63 ], [ %301, %body67 ]
  %sexp70 = phi i32 [ 0, %exit63 ], [ %302, %body67 ]
  %282 = icmp slt i32 %sexp70, %73
  br i1 %282, label %body67, label %exit69

body67:                                           ; preds = %sexp
  %283 = zext nneg i32 %sexp70 to i64
  %284 = shl nuw nsw i64 %283, 6
  %285 = getelementptr i8, ptr %st141, i64 %284
  %286 = load <16 x float>, ptr %285, align 64
  %287 = fsub <16 x float> %286, %muse66
  %288 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %287, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %289 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %288, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %290 = fadd <16 x float> %289, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n71 = fadd <16 x float> %290, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f72 = fsub <16 x float> %289, %n71
  %291 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f72, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %292 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %291, <16 x float> %f72, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %293 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %292, <16 x float> %f72, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %294 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %293, <16 x float> %f72, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %295 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %294, <16 x float> %f72, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %296 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %295, <16 x float> %f72, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %297 = fptosi <16 x float> %n71 to <16 x i32>
  %298 = shl <16 x i32> %297, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %299 = add <16 x i32> %298, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %300 = bitcast <16 x i32> %299 to <16 x float>
  %exp273 = fmul <16 x float> %296, %300
  store <16 x float> %exp273, ptr %285, align 64
  %301 = fadd <16 x float> %lsum.0, %exp273
  %302 = add nuw nsw i32 %sexp70, 1
  br label %sexp

exit69:                                           ; preds = %sexp
  %303 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %lv.0, <16 x float> %exp2, <16 x float> %lsum.0)
  br label %pvblock

pvblock:                                          ; preds = %exit80, %exit69
  %pvblock77 = phi i32 [ 0, %exit69 ], [ %474, %exit80 ]
  %304 = icmp ult i32 %pvblock77, 4
  br i1 %304, label %body74, label %exit76

body74:                                           ; preds = %pvblock
  %305 = shl nuw nsw i32 %pvblock77, 4
  %306 = zext nneg i32 %305 to i64
  %307 = shl nuw nsw i64 %306, 6
  %308 = getelementptr i8, ptr %ot140, i64 %307
  %309 = load <16 x float>, ptr %308, align 64
  %310 = fmul <16 x float> %309, %exp2
  %311 = or disjoint i64 %306, 1
  %312 = shl nuw nsw i64 %311, 6
  %313 = getelementptr i8, ptr %ot140, i64 %312
  %314 = load <16 x float>, ptr %313, align 64
  %315 = fmul <16 x float> %314, %exp2
  %316 = or disjoint i64 %306, 2
  %317 = shl nuw nsw i64 %316, 6
  %318 = getelementptr i8, ptr %ot140, i64 %317
  %319 = load <16 x float>, ptr %318, align 64
  %320 = fmul <16 x float> %319, %exp2
  %321 = or disjoint i64 %306, 3
  %322 = shl nuw nsw i64 %321, 6
  %323 = getelementptr i8, ptr %ot140, i64 %322
  %324 = load <16 x float>, ptr %323, align 64
  %325 = fmul <16 x float> %324, %exp2
  %326 = or disjoint i64 %306, 4
  %327 = shl nuw nsw i64 %326, 6
  %328 = getelementptr i8, ptr %ot140, i64 %327
  %329 = load <16 x float>, ptr %328, align 64
  %330 = fmul <16 x float> %329, %exp2
  %331 = or disjoint i64 %306, 5
  %332 = shl nuw nsw i64 %331, 6
  %333 = getelementptr i8, ptr %ot140, i64 %332
  %334 = load <16 x float>, ptr %333, align 64
  %335 = fmul <16 x float> %334, %exp2
  %336 = or disjoint i64 %306, 6
  %337 = shl nuw nsw i64 %336, 6
  %338 = getelementptr i8, ptr %ot140, i64 %337
  %339 = load <16 x float>, ptr %338, align 64
  %340 = fmul <16 x float> %339, %exp2
  %341 = or disjoint i64 %306, 7
  %342 = shl nuw nsw i64 %341, 6
  %343 = getelementptr i8, ptr %ot140, i64 %342
  %344 = load <16 x float>, ptr %343, align 64
  %345 = fmul <16 x float> %344, %exp2
  %346 = or disjoint i64 %306, 8
  %347 = shl nuw nsw i64 %346, 6
  %348 = getelementptr i8, ptr %ot140, i64 %347
  %349 = load <16 x float>, ptr %348, align 64
  %350 = fmul <16 x float> %349, %exp2
  %351 = or disjoint i64 %306, 9
  %352 = shl nuw nsw i64 %351, 6
  %353 = getelementptr i8, ptr %ot140, i64 %352
  %354 = load <16 x float>, ptr %353, align 64
  %355 = fmul <16 x float> %354, %exp2
  %356 = or disjoint i64 %306, 10
  %357 = shl nuw nsw i64 %356, 6
  %358 = getelementptr i8, ptr %ot140, i64 %357
  %359 = load <16 x float>, ptr %358, align 64
  %360 = fmul <16 x float> %359, %exp2
  %361 = or disjoint i64 %306, 11
  %362 = shl nuw nsw i64 %361, 6
  %363 = getelementptr i8, ptr %ot140, i64 %362
  %364 = load <16 x float>, ptr %363, align 64
  %365 = fmul <16 x float> %364, %exp2
  %366 = or disjoint i64 %306, 12
  %367 = shl nuw nsw i64 %366, 6
  %368 = getelementptr i8, ptr %ot140, i64 %367
  %369 = load <16 x float>, ptr %368, align 64
  %370 = fmul <16 x float> %369, %exp2
  %371 = or disjoint i64 %306, 13
  %372 = shl nuw nsw i64 %371, 6
  %373 = getelementptr i8, ptr %ot140, i64 %372
  %374 = load <16 x float>, ptr %373, align 64
  %375 = fmul <16 x float> %374, %exp2
  %376 = or disjoint i64 %306, 14
  %377 = shl nuw nsw i64 %376, 6
  %378 = getelementptr i8, ptr %ot140, i64 %377
  %379 = load <16 x float>, ptr %378, align 64
  %380 = fmul <16 x float> %379, %exp2
  %381 = or disjoint i64 %306, 15
  %382 = shl nuw nsw i64 %381, 6
  %383 = getelementptr i8, ptr %ot140, i64 %382
  %384 = load <16 x float>, ptr %383, align 64
  %385 = fmul <16 x float> %384, %exp2
  %386 = shl nuw nsw i64 %306, 2
  %387 = shl nuw nsw i64 %311, 2
  %388 = shl nuw nsw i64 %316, 2
  %389 = shl nuw nsw i64 %321, 2
  %390 = shl nuw nsw i64 %326, 2
  %391 = shl nuw nsw i64 %331, 2
  %392 = shl nuw nsw i64 %336, 2
  %393 = shl nuw nsw i64 %341, 2
  %394 = shl nuw nsw i64 %346, 2
  %395 = shl nuw nsw i64 %351, 2
  %396 = shl nuw nsw i64 %356, 2
  %397 = shl nuw nsw i64 %361, 2
  %398 = shl nuw nsw i64 %366, 2
  %399 = shl nuw nsw i64 %371, 2
  %400 = shl nuw nsw i64 %376, 2
  %401 = shl nuw nsw i64 %381, 2
  br label %kpv

exit76:                                           ; preds = %pvblock
  %402 = add nsw i32 %ktile13, 108
  br label %ktile

kpv:                                              ; preds = %body78, %body74
  %403 = phi <16 x float> [ %385, %body74 ], [ %472, %body78 ]
  %404 = phi <16 x float> [ %380, %body74 ], [ %469, %body78 ]
  %405 = phi <16 x float> [ %375, %body74 ], [ %466, %body78 ]
  %406 = phi <16 x float> [ %370, %body74 ], [ %463, %body78 ]
  %407 = phi <16 x float> [ %365, %body74 ], [ %460, %body78 ]
  %408 = phi <16 x float> [ %360, %body74 ], [ %457, %body78 ]
  %409 = phi <16 x float> [ %355, %body74 ], [ %454, %body78 ]
  %410 = phi <16 x float> [ %350, %body74 ], [ %451, %body78 ]
  %411 = phi <16 x float> [ %345, %body74 ], [ %448, %body78 ]
  %412 = phi <16 x float> [ %340, %body74 ], [ %445, %body78 ]
  %413 = phi <16 x float> [ %335, %body74 ], [ %442, %body78 ]
  %414 = phi <16 x float> [ %330, %body74 ], [ %439, %body78 ]
  %415 = phi <16 x float> [ %325, %body74 ], [ %436, %body78 ]
  %416 = phi <16 x float> [ %320, %body74 ], [ %433, %body78 ]
  %417 = phi <16 x float> [ %315, %body74 ], [ %430, %body78 ]
  %418 = phi <16 x float> [ %310, %body74 ], [ %427, %body78 ]
  %kpv81 = phi i32 [ 0, %body74 ], [ %473, %body78 ]
  %419 = icmp slt i32 %kpv81, %73
  br i1 %419, label %body78, label %exit80

body78:                                           ; preds = %kpv
  %420 = zext nneg i32 %kpv81 to i64
  %421 = shl nuw nsw i64 %420, 6
  %422 = getelementptr i8, ptr %st141, i64 %421
  %p = load <16 x float>, ptr %422, align 64
  %423 = shl nuw nsw i64 %420, 8
  %424 = getelementptr i8, ptr %vbuf142, i64 %423
  %425 = getelementptr i8, ptr %424, i64 %386
  %v = load float, ptr %425, align 4
  %426 = insertelement <16 x float> poison, float %v, i64 0
  %splat82 = shufflevector <16 x float> %426, <16 x float> poison, <16 x i32> zeroinitializer
  %427 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat82, <16 x float> %418)
  %428 = getelementptr i8, ptr %424, i64 %387
  %v83 = load float, ptr %428, align 4
  %429 = insertelement <16 x float> poison, float %v83, i64 0
  %splat84 = shufflevector <16 x float> %429, <16 x float> poison, <16 x i32> zeroinitializer
  %430 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat84, <16 x float> %417)
  %431 = getelementptr i8, ptr %424, i64 %388
  %v85 = load float, ptr %431, align 4
  %432 = insertelement <16 x float> poison, float %v85, i64 0
  %splat86 = shufflevector <16 x float> %432, <16 x float> poison, <16 x i32> zeroinitializer
  %433 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat86, <16 x float> %416)
  %434 = getelementptr i8, ptr %424, i64 %389
  %v87 = load float, ptr %434, align 4
  %435 = insertelement <16 x float> poison, float %v87, i64 0
  %splat88 = shufflevector <16 x float> %435, <16 x float> poison, <16 x i32> zeroinitializer
  %436 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat88, <16 x float> %415)
  %437 = getelementptr i8, ptr %424, i64 %390
  %v89 = load float, ptr %437, align 4
  %438 = insertelement <16 x float> poison, float %v89, i64 0
  %splat90 = shufflevector <16 x float> %438, <16 x float> poison, <16 x i32> zeroinitializer
  %439 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat90, <16 x float> %414)
  %440 = getelementptr i8, ptr %424, i64 %391
  %v91 = load float, ptr %440, align 4
  %441 = insertelement <16 x float> poison, float %v91, i64 0
  %splat92 = shufflevector <16 x float> %441, <16 x float> poison, <16 x i32> zeroinitializer
  %442 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat92, <16 x float> %413)
  %443 = getelementptr i8, ptr %424, i64 %392
  %v93 = load float, ptr %443, align 4
  %444 = insertelement <16 x float> poison, float %v93, i64 0
  %splat94 = shufflevector <16 x float> %444, <16 x float> poison, <16 x i32> zeroinitializer
  %445 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat94, <16 x float> %412)
  %446 = getelementptr i8, ptr %424, i64 %393
  %v95 = load float, ptr %446, align 4
  %447 = insertelement <16 x float> poison, float %v95, i64 0
  %splat96 = shufflevector <16 x float> %447, <16 x float> poison, <16 x i32> zeroinitializer
  %448 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat96, <16 x float> %411)
  %449 = getelementptr i8, ptr %424, i64 %394
  %v97 = load float, ptr %449, align 4
  %450 = insertelement <16 x float> poison, float %v97, i64 0
  %splat98 = shufflevector <16 x float> %450, <16 x float> poison, <16 x i32> zeroinitializer
  %451 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat98, <16 x float> %410)
  %452 = getelementptr i8, ptr %424, i64 %395
  %v99 = load float, ptr %452, align 4
  %453 = insertelement <16 x float> poison, float %v99, i64 0
  %splat100 = shufflevector <16 x float> %453, <16 x float> poison, <16 x i32> zeroinitializer
  %454 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat100, <16 x float> %409)
  %455 = getelementptr i8, ptr %424, i64 %396
  %v101 = load float, ptr %455, align 4
  %456 = insertelement <16 x float> poison, float %v101, i64 0
  %splat102 = shufflevector <16 x float> %456, <16 x float> poison, <16 x i32> zeroinitializer
  %457 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat102, <16 x float> %408)
  %458 = getelementptr i8, ptr %424, i64 %397
  %v103 = load float, ptr %458, align 4
  %459 = insertelement <16 x float> poison, float %v103, i64 0
  %splat104 = shufflevector <16 x float> %459, <16 x float> poison, <16 x i32> zeroinitializer
  %460 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat104, <16 x float> %407)
  %461 = getelementptr i8, ptr %424, i64 %398
  %v105 = load float, ptr %461, align 4
  %462 = insertelement <16 x float> poison, float %v105, i64 0
  %splat106 = shufflevector <16 x float> %462, <16 x float> poison, <16 x i32> zeroinitializer
  %463 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat106, <16 x float> %406)
  %464 = getelementptr i8, ptr %424, i64 %399
  %v107 = load float, ptr %464, align 4
  %465 = insertelement <16 x float> poison, float %v107, i64 0
  %splat108 = shufflevector <16 x float> %465, <16 x float> poison, <16 x i32> zeroinitializer
  %466 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat108, <16 x float> %405)
  %467 = getelementptr i8, ptr %424, i64 %400
  %v109 = load float, ptr %467, align 4
  %468 = insertelement <16 x float> poison, float %v109, i64 0
  %splat110 = shufflevector <16 x float> %468, <16 x float> poison, <16 x i32> zeroinitializer
  %469 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat110, <16 x float> %404)
  %470 = getelementptr i8, ptr %424, i64 %401
  %v111 = load float, ptr %470, align 4
  %471 = insertelement <16 x float> poison, float %v111, i64 0
  %splat112 = shufflevector <16 x float> %471, <16 x float> poison, <16 x i32> zeroinitializer
  %472 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat112, <16 x float> %403)
  %473 = add nuw nsw i32 %kpv81, 1
  br label %kpv

exit80:                                           ; preds = %kpv
  store <16 x float> %418, ptr %308, align 64
  store <16 x float> %417, ptr %313, align 64
  store <16 x float> %416, ptr %318, align 64
  store <16 x float> %415, ptr %323, align 64
  store <16 x float> %414, ptr %328, align 64
  store <16 x float> %413, ptr %333, align 64
  store <16 x float> %412, ptr %338, align 64
  store <16 x float> %411, ptr %343, align 64
  store <16 x float> %410, ptr %348, align 64
  store <16 x float> %409, ptr %353, align 64
  store <16 x float> %408, ptr %358, align 64
  store <16 x float> %407, ptr %363, align 64
  store <16 x float> %406, ptr %368, align 64
  store <16 x float> %405, ptr %373, align 64
  store <16 x float> %404, ptr %378, align 64
  store <16 x float> %403, ptr %383, align 64
  %474 = add nuw nsw i32 %pvblock77, 1
  br label %pvblock

orow113:                                          ; preds = %written, %exit12
  %orow117 = phi i32 [ 0, %exit12 ], [ %517, %written ]
  %475 = icmp slt i32 %orow117, %nrows
  br i1 %475, label %body114, label %done

body114:                                          ; preds = %orow113
  %476 = zext nneg i32 %orow117 to i64
  %477 = getelementptr float, ptr %ms146, i64 %476
  %m118 = load float, ptr %477, align 4
  %478 = getelementptr float, ptr %ls145, i64 %476
  %l = load float, ptr %478, align 4
  %479 = shl nuw nsw i64 %476, 2
  %invariant.gep = getelementptr i8, ptr %ot140, i64 %479
  br label %otrow

otrow:                                            ; preds = %body119, %body114
  %otrow122 = phi i32 [ 0, %body114 ], [ %486, %body119 ]
  %480 = icmp ult i32 %otrow122, 64
  br i1 %480, label %body119, label %exit121

body119:                                          ; preds = %otrow
  %481 = zext nneg i32 %otrow122 to i64
  %482 = shl nuw nsw i64 %481, 6
  %gep = getelementptr i8, ptr %invariant.gep, i64 %482
  %483 = load float, ptr %gep, align 4
  %484 = shl nuw nsw i64 %481, 2
  %485 = getelementptr i8, ptr %rowbuf139, i64 %484
  store float %483, ptr %485, align 4
  %486 = add nuw nsw i32 %otrow122, 1
  br label %otrow

exit121:                                          ; preds = %otrow
  %487 = load <16 x float>, ptr %rowbuf139, align 64
  %488 = load <16 x float>, ptr %25, align 64
  %489 = load <16 x float>, ptr %26, align 64
  %490 = load <16 x float>, ptr %27, align 64
  br i1 %.not, label %final, label %partial

partial:                                          ; preds = %exit121
  %.idx = shl nuw nsw i64 %476, 8
  %491 = getelementptr i8, ptr %part, i64 %.idx
  store <16 x float> %487, ptr %491, align 4
  %492 = getelementptr i8, ptr %491, i64 64
  store <16 x float> %488, ptr %492, align 4
  %493 = getelementptr i8, ptr %491, i64 128
  store <16 x float> %489, ptr %493, align 4
  %494 = getelementptr i8, ptr %491, i64 192
  store <16 x float> %490, ptr %494, align 4
  %495 = add nuw nsw i64 %78, %476
  %496 = getelementptr float, ptr %part, i64 %495
  store float %m118, ptr %496, align 4
  %gep309 = getelementptr float, ptr %invariant.gep308, i64 %495
  store float %l, ptr %gep309, align 4
  br label %written

final:                                            ; preds = %exit121
  %497 = sdiv i32 %orow117, %nh
  %qi123 = add i32 %q_begin, %497
  %498 = srem i32 %orow117, %nh
  %h124 = add i32 %h_begin, %498
  %hq125 = add i32 %24, %h124
  %499 = sext i32 %qi123 to i64
  %500 = add i64 %q_row0, %499
  %501 = sext i32 %hq125 to i64
  %502 = fcmp oeq float %l, 0.000000e+00
  %503 = fdiv float 1.000000e+00, %l
  %504 = select i1 %502, float 0.000000e+00, float %503
  %505 = shl i64 %500, 12
  %506 = shl nsw i64 %501, 8
  %507 = getelementptr i8, ptr %out, i64 %505
  %508 = getelementptr i8, ptr %507, i64 %506
  %509 = insertelement <16 x float> poison, float %504, i64 0
  %splat127 = shufflevector <16 x float> %509, <16 x float> poison, <16 x i32> zeroinitializer
  %510 = fmul <16 x float> %487, %splat127
  store <16 x float> %510, ptr %508, align 4
  %511 = fmul <16 x float> %488, %splat127
  %512 = getelementptr i8, ptr %508, i64 64
  store <16 x float> %511, ptr %512, align 4
  %513 = fmul <16 x float> %489, %splat127
  %514 = getelementptr i8, ptr %508, i64 128
  store <16 x float> %513, ptr %514, align 4
  %515 = fmul <16 x float> %490, %splat127
  %516 = getelementptr i8, ptr %508, i64 192
  store <16 x float> %515, ptr %516, align 4
  br label %written

written:                                          ; preds = %final, %partial
  %517 = add nuw nsw i32 %orow117, 1
  br label %orow113
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @mqa(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr nonnull @mqa_kernel, ptr %0) #2
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @mqa_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr nonnull @mqa_kernel, ptr %0) #2
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @mqa_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr nonnull @mqa_kernel, ptr %0, i64 %1) #2
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @mqa_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr nonnull @mqa_kernel, ptr %0) #2
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @mqa_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr nonnull @mqa_kernel, ptr %0) #2
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @mqa_info() #0 {
entry:
  ret ptr @mqa_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind }
