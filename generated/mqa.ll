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
  %blim462 = alloca [6 x i32], align 64
  %bacc463 = alloca [24 x <16 x float>], align 64
  %bl464 = alloca [6 x <16 x float>], align 64
  %bm465 = alloca [6 x float], align 64
  %ms466 = alloca [18 x float], align 64
  %ls467 = alloca [18 x <16 x float>], align 64
  %accs468 = alloca [72 x <16 x float>], align 64
  %qs469 = alloca [72 x <16 x float>], align 64
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
  %nrows.fr = freeze i32 %nrows
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
  %22 = icmp sgt i32 %nrows.fr, 0
  br i1 %22, label %work, label %done

work:                                             ; preds = %entry
  %23 = add nuw i32 %nrows.fr, 5
  %24 = srem i32 %23, 6
  %nrows_pad = sub nsw i32 %23, %24
  %25 = add nsw i32 %nrows.fr, -1
  %26 = shl i32 %kv_head, 4
  br label %qrow

done:                                             ; preds = %orow448, %entry
  ret void

qrow:                                             ; preds = %body, %work
  %qrow1 = phi i32 [ 0, %work ], [ %106, %body ]
  %27 = icmp slt i32 %qrow1, %nrows_pad
  br i1 %27, label %body, label %ktile.preheader

ktile.preheader:                                  ; preds = %qrow
  %28 = getelementptr inbounds i8, ptr %bacc463, i64 64
  %29 = getelementptr inbounds i8, ptr %bacc463, i64 128
  %30 = getelementptr inbounds i8, ptr %bacc463, i64 192
  %31 = getelementptr inbounds i8, ptr %bm465, i64 4
  %32 = getelementptr inbounds i8, ptr %bl464, i64 64
  %33 = getelementptr inbounds i8, ptr %bacc463, i64 256
  %34 = getelementptr inbounds i8, ptr %bacc463, i64 320
  %35 = getelementptr inbounds i8, ptr %bacc463, i64 384
  %36 = getelementptr inbounds i8, ptr %bacc463, i64 448
  %37 = getelementptr inbounds i8, ptr %blim462, i64 4
  %38 = getelementptr inbounds i8, ptr %bm465, i64 8
  %39 = getelementptr inbounds i8, ptr %bl464, i64 128
  %40 = getelementptr inbounds i8, ptr %bacc463, i64 512
  %41 = getelementptr inbounds i8, ptr %bacc463, i64 576
  %42 = getelementptr inbounds i8, ptr %bacc463, i64 640
  %43 = getelementptr inbounds i8, ptr %bacc463, i64 704
  %44 = getelementptr inbounds i8, ptr %blim462, i64 8
  %45 = getelementptr inbounds i8, ptr %bm465, i64 12
  %46 = getelementptr inbounds i8, ptr %bl464, i64 192
  %47 = getelementptr inbounds i8, ptr %bacc463, i64 768
  %48 = getelementptr inbounds i8, ptr %bacc463, i64 832
  %49 = getelementptr inbounds i8, ptr %bacc463, i64 896
  %50 = getelementptr inbounds i8, ptr %bacc463, i64 960
  %51 = getelementptr inbounds i8, ptr %blim462, i64 12
  %52 = getelementptr inbounds i8, ptr %bm465, i64 16
  %53 = getelementptr inbounds i8, ptr %bl464, i64 256
  %54 = getelementptr inbounds i8, ptr %bacc463, i64 1024
  %55 = getelementptr inbounds i8, ptr %bacc463, i64 1088
  %56 = getelementptr inbounds i8, ptr %bacc463, i64 1152
  %57 = getelementptr inbounds i8, ptr %bacc463, i64 1216
  %58 = getelementptr inbounds i8, ptr %blim462, i64 16
  %59 = getelementptr inbounds i8, ptr %bm465, i64 20
  %60 = getelementptr inbounds i8, ptr %bl464, i64 320
  %61 = getelementptr inbounds i8, ptr %bacc463, i64 1280
  %62 = getelementptr inbounds i8, ptr %bacc463, i64 1344
  %63 = getelementptr inbounds i8, ptr %bacc463, i64 1408
  %64 = getelementptr inbounds i8, ptr %bacc463, i64 1472
  %65 = getelementptr inbounds i8, ptr %blim462, i64 20
  %66 = add i32 %k_end, -1
  br label %ktile

body:                                             ; preds = %qrow
  %67 = icmp slt i32 %qrow1, %nrows.fr
  %68 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %25)
  %69 = sdiv i32 %68, %nh
  %qi = add i32 %q_begin, %69
  %70 = srem i32 %68, %nh
  %h = add i32 %h_begin, %70
  %hq = add i32 %26, %h
  %71 = sext i32 %qi to i64
  %72 = add i64 %q_row0, %71
  %73 = sext i32 %hq to i64
  %74 = shl i64 %72, 12
  %75 = shl nsw i64 %73, 8
  %76 = getelementptr i8, ptr %q, i64 %74
  %77 = getelementptr i8, ptr %76, i64 %75
  %78 = select i1 %67, float 0x3FC7154760000000, float 0.000000e+00
  %79 = insertelement <16 x float> poison, float %78, i64 0
  %splat = shufflevector <16 x float> %79, <16 x float> poison, <16 x i32> zeroinitializer
  %80 = zext nneg i32 %qrow1 to i64
  %81 = load <16 x float>, ptr %77, align 4
  %82 = fmul <16 x float> %81, %splat
  %83 = shl nuw nsw i64 %80, 2
  %84 = getelementptr <16 x float>, ptr %qs469, i64 %83
  store <16 x float> %82, ptr %84, align 64
  %85 = getelementptr i8, ptr %77, i64 64
  %86 = load <16 x float>, ptr %85, align 4
  %87 = fmul <16 x float> %86, %splat
  %88 = or disjoint i64 %83, 1
  %89 = getelementptr <16 x float>, ptr %qs469, i64 %88
  store <16 x float> %87, ptr %89, align 64
  %90 = getelementptr i8, ptr %77, i64 128
  %91 = load <16 x float>, ptr %90, align 4
  %92 = fmul <16 x float> %91, %splat
  %93 = or disjoint i64 %83, 2
  %94 = getelementptr <16 x float>, ptr %qs469, i64 %93
  store <16 x float> %92, ptr %94, align 64
  %95 = getelementptr i8, ptr %77, i64 192
  %96 = load <16 x float>, ptr %95, align 4
  %97 = fmul <16 x float> %96, %splat
  %98 = or disjoint i64 %83, 3
  %99 = getelementptr <16 x float>, ptr %qs469, i64 %98
  store <16 x float> %97, ptr %99, align 64
  %100 = getelementptr <16 x float>, ptr %accs468, i64 %83
  store <16 x float> zeroinitializer, ptr %100, align 64
  %101 = getelementptr <16 x float>, ptr %accs468, i64 %88
  store <16 x float> zeroinitializer, ptr %101, align 64
  %102 = getelementptr <16 x float>, ptr %accs468, i64 %93
  store <16 x float> zeroinitializer, ptr %102, align 64
  %103 = getelementptr <16 x float>, ptr %accs468, i64 %98
  store <16 x float> zeroinitializer, ptr %103, align 64
  %104 = getelementptr float, ptr %ms466, i64 %80
  store float 0xFFF0000000000000, ptr %104, align 4
  %105 = getelementptr <16 x float>, ptr %ls467, i64 %80
  store <16 x float> zeroinitializer, ptr %105, align 64
  %106 = add nuw nsw i32 %qrow1, 1
  br label %qrow

ktile:                                            ; preds = %rblock, %ktile.preheader
  %ktile5 = phi i32 [ %k_begin, %ktile.preheader ], [ %108, %rblock ]
  %107 = icmp slt i32 %ktile5, %k_end
  br i1 %107, label %rblock.preheader, label %orow448.preheader

rblock.preheader:                                 ; preds = %ktile
  %108 = add i32 %ktile5, 1024
  %109 = call i32 @llvm.smin.i32(i32 %108, i32 %k_end)
  %110 = sub i32 %109, %ktile5
  %111 = call i32 @llvm.smax.i32(i32 %110, i32 0)
  %112 = and i32 %111, 2147483632
  %fend = add i32 %ktile5, %112
  %113 = call i32 @llvm.smin.i32(i32 %fend, i32 %109)
  %114 = icmp slt i32 %ktile5, 2147482624
  br label %rblock

orow448.preheader:                                ; preds = %ktile
  %.not = icmp eq ptr %part, null
  %115 = zext nneg i32 %nrows.fr to i64
  %116 = shl nuw nsw i64 %115, 6
  %invariant.gep = getelementptr float, ptr %part, i64 %115
  br label %orow448

rblock:                                           ; preds = %rblock.preheader, %join
  %rblock9 = phi i32 [ %244, %join ], [ 0, %rblock.preheader ]
  %117 = icmp slt i32 %rblock9, %nrows_pad
  br i1 %117, label %body6, label %ktile

body6:                                            ; preds = %rblock
  br i1 %114, label %visit, label %join

visit:                                            ; preds = %body6
  %118 = zext nneg i32 %rblock9 to i64
  %119 = getelementptr float, ptr %ms466, i64 %118
  %120 = getelementptr <16 x float>, ptr %ls467, i64 %118
  %121 = load float, ptr %119, align 4
  store float %121, ptr %bm465, align 4
  %122 = load <16 x float>, ptr %120, align 64
  store <16 x float> %122, ptr %bl464, align 64
  %123 = shl nuw nsw i64 %118, 2
  %124 = getelementptr <16 x float>, ptr %accs468, i64 %123
  %125 = load <16 x float>, ptr %124, align 64
  store <16 x float> %125, ptr %bacc463, align 64
  %126 = or disjoint i64 %123, 1
  %127 = getelementptr <16 x float>, ptr %accs468, i64 %126
  %128 = load <16 x float>, ptr %127, align 64
  store <16 x float> %128, ptr %28, align 64
  %129 = or disjoint i64 %123, 2
  %130 = getelementptr <16 x float>, ptr %accs468, i64 %129
  %131 = load <16 x float>, ptr %130, align 64
  store <16 x float> %131, ptr %29, align 64
  %132 = or disjoint i64 %123, 3
  %133 = getelementptr <16 x float>, ptr %accs468, i64 %132
  %134 = load <16 x float>, ptr %133, align 64
  store <16 x float> %134, ptr %30, align 64
  store i32 %k_end, ptr %blim462, align 4
  %135 = or disjoint i64 %118, 1
  %136 = getelementptr float, ptr %ms466, i64 %135
  %137 = getelementptr <16 x float>, ptr %ls467, i64 %135
  %138 = load float, ptr %136, align 4
  store float %138, ptr %31, align 4
  %139 = load <16 x float>, ptr %137, align 64
  store <16 x float> %139, ptr %32, align 64
  %140 = shl nuw nsw i64 %135, 2
  %141 = getelementptr <16 x float>, ptr %accs468, i64 %140
  %142 = load <16 x float>, ptr %141, align 64
  store <16 x float> %142, ptr %33, align 64
  %143 = or disjoint i64 %140, 1
  %144 = getelementptr <16 x float>, ptr %accs468, i64 %143
  %145 = load <16 x float>, ptr %144, align 64
  store <16 x float> %145, ptr %34, align 64
  %146 = or disjoint i64 %140, 2
  %147 = getelementptr <16 x float>, ptr %accs468, i64 %146
  %148 = load <16 x float>, ptr %147, align 64
  store <16 x float> %148, ptr %35, align 64
  %149 = or disjoint i64 %140, 3
  %150 = getelementptr <16 x float>, ptr %accs468, i64 %149
  %151 = load <16 x float>, ptr %150, align 64
  store <16 x float> %151, ptr %36, align 64
  store i32 %k_end, ptr %37, align 4
  %152 = add nuw nsw i64 %118, 2
  %153 = getelementptr float, ptr %ms466, i64 %152
  %154 = getelementptr <16 x float>, ptr %ls467, i64 %152
  %155 = load float, ptr %153, align 4
  store float %155, ptr %38, align 4
  %156 = load <16 x float>, ptr %154, align 64
  store <16 x float> %156, ptr %39, align 64
  %157 = shl nuw nsw i64 %152, 2
  %158 = getelementptr <16 x float>, ptr %accs468, i64 %157
  %159 = load <16 x float>, ptr %158, align 64
  store <16 x float> %159, ptr %40, align 64
  %160 = or disjoint i64 %157, 1
  %161 = getelementptr <16 x float>, ptr %accs468, i64 %160
  %162 = load <16 x float>, ptr %161, align 64
  store <16 x float> %162, ptr %41, align 64
  %163 = or disjoint i64 %157, 2
  %164 = getelementptr <16 x float>, ptr %accs468, i64 %163
  %165 = load <16 x float>, ptr %164, align 64
  store <16 x float> %165, ptr %42, align 64
  %166 = or disjoint i64 %157, 3
  %167 = getelementptr <16 x float>, ptr %accs468, i64 %166
  %168 = load <16 x float>, ptr %167, align 64
  store <16 x float> %168, ptr %43, align 64
  store i32 %k_end, ptr %44, align 4
  %169 = add nuw nsw i64 %118, 3
  %170 = getelementptr float, ptr %ms466, i64 %169
  %171 = getelementptr <16 x float>, ptr %ls467, i64 %169
  %172 = load float, ptr %170, align 4
  store float %172, ptr %45, align 4
  %173 = load <16 x float>, ptr %171, align 64
  store <16 x float> %173, ptr %46, align 64
  %174 = shl nuw nsw i64 %169, 2
  %175 = getelementptr <16 x float>, ptr %accs468, i64 %174
  %176 = load <16 x float>, ptr %175, align 64
  store <16 x float> %176, ptr %47, align 64
  %177 = or disjoint i64 %174, 1
  %178 = getelementptr <16 x float>, ptr %accs468, i64 %177
  %179 = load <16 x float>, ptr %178, align 64
  store <16 x float> %179, ptr %48, align 64
  %180 = or disjoint i64 %174, 2
  %181 = getelementptr <16 x float>, ptr %accs468, i64 %180
  %182 = load <16 x float>, ptr %181, align 64
  store <16 x float> %182, ptr %49, align 64
  %183 = or disjoint i64 %174, 3
  %184 = getelementptr <16 x float>, ptr %accs468, i64 %183
  %185 = load <16 x float>, ptr %184, align 64
  store <16 x float> %185, ptr %50, align 64
  store i32 %k_end, ptr %51, align 4
  %186 = add nuw nsw i64 %118, 4
  %187 = getelementptr float, ptr %ms466, i64 %186
  %188 = getelementptr <16 x float>, ptr %ls467, i64 %186
  %189 = load float, ptr %187, align 4
  store float %189, ptr %52, align 4
  %190 = load <16 x float>, ptr %188, align 64
  store <16 x float> %190, ptr %53, align 64
  %191 = shl nuw nsw i64 %186, 2
  %192 = getelementptr <16 x float>, ptr %accs468, i64 %191
  %193 = load <16 x float>, ptr %192, align 64
  store <16 x float> %193, ptr %54, align 64
  %194 = or disjoint i64 %191, 1
  %195 = getelementptr <16 x float>, ptr %accs468, i64 %194
  %196 = load <16 x float>, ptr %195, align 64
  store <16 x float> %196, ptr %55, align 64
  %197 = or disjoint i64 %191, 2
  %198 = getelementptr <16 x float>, ptr %accs468, i64 %197
  %199 = load <16 x float>, ptr %198, align 64
  store <16 x float> %199, ptr %56, align 64
  %200 = or disjoint i64 %191, 3
  %201 = getelementptr <16 x float>, ptr %accs468, i64 %200
  %202 = load <16 x float>, ptr %201, align 64
  store <16 x float> %202, ptr %57, align 64
  store i32 %k_end, ptr %58, align 4
  %203 = add nuw nsw i64 %118, 5
  %204 = getelementptr float, ptr %ms466, i64 %203
  %205 = getelementptr <16 x float>, ptr %ls467, i64 %203
  %206 = load float, ptr %204, align 4
  store float %206, ptr %59, align 4
  %207 = load <16 x float>, ptr %205, align 64
  store <16 x float> %207, ptr %60, align 64
  %208 = shl nuw nsw i64 %203, 2
  %209 = getelementptr <16 x float>, ptr %accs468, i64 %208
  %210 = load <16 x float>, ptr %209, align 64
  store <16 x float> %210, ptr %61, align 64
  %211 = or disjoint i64 %208, 1
  %212 = getelementptr <16 x float>, ptr %accs468, i64 %211
  %213 = load <16 x float>, ptr %212, align 64
  store <16 x float> %213, ptr %62, align 64
  %214 = or disjoint i64 %208, 2
  %215 = getelementptr <16 x float>, ptr %accs468, i64 %214
  %216 = load <16 x float>, ptr %215, align 64
  store <16 x float> %216, ptr %63, align 64
  %217 = or disjoint i64 %208, 3
  %218 = getelementptr <16 x float>, ptr %accs468, i64 %217
  %219 = load <16 x float>, ptr %218, align 64
  store <16 x float> %219, ptr %64, align 64
  store i32 %k_end, ptr %65, align 4
  %220 = getelementptr <16 x float>, ptr %qs469, i64 %123
  %221 = getelementptr <16 x float>, ptr %qs469, i64 %126
  %222 = getelementptr <16 x float>, ptr %qs469, i64 %129
  %223 = getelementptr <16 x float>, ptr %qs469, i64 %132
  %224 = getelementptr <16 x float>, ptr %qs469, i64 %140
  %225 = getelementptr <16 x float>, ptr %qs469, i64 %143
  %226 = getelementptr <16 x float>, ptr %qs469, i64 %146
  %227 = getelementptr <16 x float>, ptr %qs469, i64 %149
  %228 = getelementptr <16 x float>, ptr %qs469, i64 %157
  %229 = getelementptr <16 x float>, ptr %qs469, i64 %160
  %230 = getelementptr <16 x float>, ptr %qs469, i64 %163
  %231 = getelementptr <16 x float>, ptr %qs469, i64 %166
  %232 = getelementptr <16 x float>, ptr %qs469, i64 %174
  %233 = getelementptr <16 x float>, ptr %qs469, i64 %177
  %234 = getelementptr <16 x float>, ptr %qs469, i64 %180
  %235 = getelementptr <16 x float>, ptr %qs469, i64 %183
  %236 = getelementptr <16 x float>, ptr %qs469, i64 %191
  %237 = getelementptr <16 x float>, ptr %qs469, i64 %194
  %238 = getelementptr <16 x float>, ptr %qs469, i64 %197
  %239 = getelementptr <16 x float>, ptr %qs469, i64 %200
  %240 = getelementptr <16 x float>, ptr %qs469, i64 %208
  %241 = getelementptr <16 x float>, ptr %qs469, i64 %211
  %242 = getelementptr <16 x float>, ptr %qs469, i64 %214
  %243 = getelementptr <16 x float>, ptr %qs469, i64 %217
  br label %kfull

join:                                             ; preds = %exit222, %body6
  %244 = add nuw nsw i32 %rblock9, 6
  br label %rblock

kfull:                                            ; preds = %body10, %visit
  %245 = phi <16 x float> [ %219, %visit ], [ %2216, %body10 ]
  %246 = phi <16 x float> [ %216, %visit ], [ %2206, %body10 ]
  %247 = phi <16 x float> [ %213, %visit ], [ %2196, %body10 ]
  %248 = phi <16 x float> [ %210, %visit ], [ %2186, %body10 ]
  %249 = phi <16 x float> [ %202, %visit ], [ %2215, %body10 ]
  %250 = phi <16 x float> [ %199, %visit ], [ %2205, %body10 ]
  %251 = phi <16 x float> [ %196, %visit ], [ %2195, %body10 ]
  %252 = phi <16 x float> [ %193, %visit ], [ %2184, %body10 ]
  %253 = phi <16 x float> [ %185, %visit ], [ %2214, %body10 ]
  %254 = phi <16 x float> [ %182, %visit ], [ %2204, %body10 ]
  %255 = phi <16 x float> [ %179, %visit ], [ %2194, %body10 ]
  %256 = phi <16 x float> [ %176, %visit ], [ %2182, %body10 ]
  %257 = phi <16 x float> [ %168, %visit ], [ %2213, %body10 ]
  %kfull13 = phi i32 [ %ktile5, %visit ], [ %2217, %body10 ]
  %258 = icmp slt i32 %kfull13, %113
  br i1 %258, label %body10, label %kmask

body10:                                           ; preds = %kfull
  %q14 = load <16 x float>, ptr %220, align 64
  %q15 = load <16 x float>, ptr %221, align 64
  %q16 = load <16 x float>, ptr %222, align 64
  %q17 = load <16 x float>, ptr %223, align 64
  %q18 = load <16 x float>, ptr %224, align 64
  %q19 = load <16 x float>, ptr %225, align 64
  %q20 = load <16 x float>, ptr %226, align 64
  %q21 = load <16 x float>, ptr %227, align 64
  %q22 = load <16 x float>, ptr %228, align 64
  %q23 = load <16 x float>, ptr %229, align 64
  %q24 = load <16 x float>, ptr %230, align 64
  %q25 = load <16 x float>, ptr %231, align 64
  %q26 = load <16 x float>, ptr %232, align 64
  %q27 = load <16 x float>, ptr %233, align 64
  %q28 = load <16 x float>, ptr %234, align 64
  %q29 = load <16 x float>, ptr %235, align 64
  %q30 = load <16 x float>, ptr %236, align 64
  %q31 = load <16 x float>, ptr %237, align 64
  %q32 = load <16 x float>, ptr %238, align 64
  %q33 = load <16 x float>, ptr %239, align 64
  %q34 = load <16 x float>, ptr %240, align 64
  %q35 = load <16 x float>, ptr %241, align 64
  %q36 = load <16 x float>, ptr %242, align 64
  %q37 = load <16 x float>, ptr %243, align 64
  %259 = sext i32 %kfull13 to i64
  %260 = shl nsw i64 %259, 7
  %261 = getelementptr i8, ptr %19, i64 %260
  %262 = load <16 x i16>, ptr %261, align 2
  %263 = zext <16 x i16> %262 to <16 x i32>
  %264 = shl nuw <16 x i32> %263, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16 = bitcast <16 x i32> %264 to <16 x float>
  %265 = getelementptr i8, ptr %261, i64 32
  %266 = load <16 x i16>, ptr %265, align 2
  %267 = zext <16 x i16> %266 to <16 x i32>
  %268 = shl nuw <16 x i32> %267, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1638 = bitcast <16 x i32> %268 to <16 x float>
  %269 = getelementptr i8, ptr %261, i64 64
  %270 = load <16 x i16>, ptr %269, align 2
  %271 = zext <16 x i16> %270 to <16 x i32>
  %272 = shl nuw <16 x i32> %271, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1639 = bitcast <16 x i32> %272 to <16 x float>
  %273 = getelementptr i8, ptr %261, i64 96
  %274 = load <16 x i16>, ptr %273, align 2
  %275 = zext <16 x i16> %274 to <16 x i32>
  %276 = shl nuw <16 x i32> %275, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1640 = bitcast <16 x i32> %276 to <16 x float>
  %277 = fmul <16 x float> %q14, %bf16
  %278 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %bf1638, <16 x float> %277)
  %279 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %bf1639, <16 x float> %278)
  %280 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %bf1640, <16 x float> %279)
  %281 = fmul <16 x float> %q18, %bf16
  %282 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %bf1638, <16 x float> %281)
  %283 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %bf1639, <16 x float> %282)
  %284 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %bf1640, <16 x float> %283)
  %285 = fmul <16 x float> %q22, %bf16
  %286 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %bf1638, <16 x float> %285)
  %287 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %bf1639, <16 x float> %286)
  %288 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %bf1640, <16 x float> %287)
  %289 = fmul <16 x float> %q26, %bf16
  %290 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %bf1638, <16 x float> %289)
  %291 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %bf1639, <16 x float> %290)
  %292 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %bf1640, <16 x float> %291)
  %293 = fmul <16 x float> %q30, %bf16
  %294 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %bf1638, <16 x float> %293)
  %295 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %bf1639, <16 x float> %294)
  %296 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %bf1640, <16 x float> %295)
  %297 = fmul <16 x float> %q34, %bf16
  %298 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %bf1638, <16 x float> %297)
  %299 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %bf1639, <16 x float> %298)
  %300 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %bf1640, <16 x float> %299)
  %301 = add i32 %kfull13, 1
  %302 = sext i32 %301 to i64
  %303 = shl nsw i64 %302, 7
  %304 = getelementptr i8, ptr %19, i64 %303
  %305 = load <16 x i16>, ptr %304, align 2
  %306 = zext <16 x i16> %305 to <16 x i32>
  %307 = shl nuw <16 x i32> %306, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1641 = bitcast <16 x i32> %307 to <16 x float>
  %308 = getelementptr i8, ptr %304, i64 32
  %309 = load <16 x i16>, ptr %308, align 2
  %310 = zext <16 x i16> %309 to <16 x i32>
  %311 = shl nuw <16 x i32> %310, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1642 = bitcast <16 x i32> %311 to <16 x float>
  %312 = getelementptr i8, ptr %304, i64 64
  %313 = load <16 x i16>, ptr %312, align 2
  %314 = zext <16 x i16> %313 to <16 x i32>
  %315 = shl nuw <16 x i32> %314, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1643 = bitcast <16 x i32> %315 to <16 x float>
  %316 = getelementptr i8, ptr %304, i64 96
  %317 = load <16 x i16>, ptr %316, align 2
  %318 = zext <16 x i16> %317 to <16 x i32>
  %319 = shl nuw <16 x i32> %318, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1644 = bitcast <16 x i32> %319 to <16 x float>
  %320 = fmul <16 x float> %q14, %bf1641
  %321 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %bf1642, <16 x float> %320)
  %322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %bf1643, <16 x float> %321)
  %323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %bf1644, <16 x float> %322)
  %324 = shufflevector <16 x float> %280, <16 x float> %323, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %325 = shufflevector <16 x float> %280, <16 x float> %323, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %326 = fadd <16 x float> %324, %325
  %327 = fmul <16 x float> %q18, %bf1641
  %328 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %bf1642, <16 x float> %327)
  %329 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %bf1643, <16 x float> %328)
  %330 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %bf1644, <16 x float> %329)
  %331 = shufflevector <16 x float> %284, <16 x float> %330, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %332 = shufflevector <16 x float> %284, <16 x float> %330, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %333 = fadd <16 x float> %331, %332
  %334 = fmul <16 x float> %q22, %bf1641
  %335 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %bf1642, <16 x float> %334)
  %336 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %bf1643, <16 x float> %335)
  %337 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %bf1644, <16 x float> %336)
  %338 = shufflevector <16 x float> %288, <16 x float> %337, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %339 = shufflevector <16 x float> %288, <16 x float> %337, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %340 = fadd <16 x float> %338, %339
  %341 = fmul <16 x float> %q26, %bf1641
  %342 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %bf1642, <16 x float> %341)
  %343 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %bf1643, <16 x float> %342)
  %344 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %bf1644, <16 x float> %343)
  %345 = shufflevector <16 x float> %292, <16 x float> %344, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %346 = shufflevector <16 x float> %292, <16 x float> %344, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %347 = fadd <16 x float> %345, %346
  %348 = fmul <16 x float> %q30, %bf1641
  %349 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %bf1642, <16 x float> %348)
  %350 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %bf1643, <16 x float> %349)
  %351 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %bf1644, <16 x float> %350)
  %352 = shufflevector <16 x float> %296, <16 x float> %351, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %353 = shufflevector <16 x float> %296, <16 x float> %351, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %354 = fadd <16 x float> %352, %353
  %355 = fmul <16 x float> %q34, %bf1641
  %356 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %bf1642, <16 x float> %355)
  %357 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %bf1643, <16 x float> %356)
  %358 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %bf1644, <16 x float> %357)
  %359 = shufflevector <16 x float> %300, <16 x float> %358, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %360 = shufflevector <16 x float> %300, <16 x float> %358, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %361 = fadd <16 x float> %359, %360
  %362 = add i32 %kfull13, 2
  %363 = sext i32 %362 to i64
  %364 = shl nsw i64 %363, 7
  %365 = getelementptr i8, ptr %19, i64 %364
  %366 = load <16 x i16>, ptr %365, align 2
  %367 = zext <16 x i16> %366 to <16 x i32>
  %368 = shl nuw <16 x i32> %367, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1645 = bitcast <16 x i32> %368 to <16 x float>
  %369 = getelementptr i8, ptr %365, i64 32
  %370 = load <16 x i16>, ptr %369, align 2
  %371 = zext <16 x i16> %370 to <16 x i32>
  %372 = shl nuw <16 x i32> %371, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1646 = bitcast <16 x i32> %372 to <16 x float>
  %373 = getelementptr i8, ptr %365, i64 64
  %374 = load <16 x i16>, ptr %373, align 2
  %375 = zext <16 x i16> %374 to <16 x i32>
  %376 = shl nuw <16 x i32> %375, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1647 = bitcast <16 x i32> %376 to <16 x float>
  %377 = getelementptr i8, ptr %365, i64 96
  %378 = load <16 x i16>, ptr %377, align 2
  %379 = zext <16 x i16> %378 to <16 x i32>
  %380 = shl nuw <16 x i32> %379, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1648 = bitcast <16 x i32> %380 to <16 x float>
  %381 = fmul <16 x float> %q14, %bf1645
  %382 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %bf1646, <16 x float> %381)
  %383 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %bf1647, <16 x float> %382)
  %384 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %bf1648, <16 x float> %383)
  %385 = fmul <16 x float> %q18, %bf1645
  %386 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %bf1646, <16 x float> %385)
  %387 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %bf1647, <16 x float> %386)
  %388 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %bf1648, <16 x float> %387)
  %389 = fmul <16 x float> %q22, %bf1645
  %390 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %bf1646, <16 x float> %389)
  %391 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %bf1647, <16 x float> %390)
  %392 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %bf1648, <16 x float> %391)
  %393 = fmul <16 x float> %q26, %bf1645
  %394 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %bf1646, <16 x float> %393)
  %395 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %bf1647, <16 x float> %394)
  %396 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %bf1648, <16 x float> %395)
  %397 = fmul <16 x float> %q30, %bf1645
  %398 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %bf1646, <16 x float> %397)
  %399 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %bf1647, <16 x float> %398)
  %400 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %bf1648, <16 x float> %399)
  %401 = fmul <16 x float> %q34, %bf1645
  %402 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %bf1646, <16 x float> %401)
  %403 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %bf1647, <16 x float> %402)
  %404 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %bf1648, <16 x float> %403)
  %405 = add i32 %kfull13, 3
  %406 = sext i32 %405 to i64
  %407 = shl nsw i64 %406, 7
  %408 = getelementptr i8, ptr %19, i64 %407
  %409 = load <16 x i16>, ptr %408, align 2
  %410 = zext <16 x i16> %409 to <16 x i32>
  %411 = shl nuw <16 x i32> %410, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1649 = bitcast <16 x i32> %411 to <16 x float>
  %412 = getelementptr i8, ptr %408, i64 32
  %413 = load <16 x i16>, ptr %412, align 2
  %414 = zext <16 x i16> %413 to <16 x i32>
  %415 = shl nuw <16 x i32> %414, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1650 = bitcast <16 x i32> %415 to <16 x float>
  %416 = getelementptr i8, ptr %408, i64 64
  %417 = load <16 x i16>, ptr %416, align 2
  %418 = zext <16 x i16> %417 to <16 x i32>
  %419 = shl nuw <16 x i32> %418, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1651 = bitcast <16 x i32> %419 to <16 x float>
  %420 = getelementptr i8, ptr %408, i64 96
  %421 = load <16 x i16>, ptr %420, align 2
  %422 = zext <16 x i16> %421 to <16 x i32>
  %423 = shl nuw <16 x i32> %422, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1652 = bitcast <16 x i32> %423 to <16 x float>
  %424 = fmul <16 x float> %q14, %bf1649
  %425 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %bf1650, <16 x float> %424)
  %426 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %bf1651, <16 x float> %425)
  %427 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %bf1652, <16 x float> %426)
  %428 = shufflevector <16 x float> %384, <16 x float> %427, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %429 = shufflevector <16 x float> %384, <16 x float> %427, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %430 = fadd <16 x float> %428, %429
  %431 = shufflevector <16 x float> %326, <16 x float> %430, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %432 = shufflevector <16 x float> %326, <16 x float> %430, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %433 = fadd <16 x float> %431, %432
  %434 = fmul <16 x float> %q18, %bf1649
  %435 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %bf1650, <16 x float> %434)
  %436 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %bf1651, <16 x float> %435)
  %437 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %bf1652, <16 x float> %436)
  %438 = shufflevector <16 x float> %388, <16 x float> %437, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %439 = shufflevector <16 x float> %388, <16 x float> %437, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %440 = fadd <16 x float> %438, %439
  %441 = shufflevector <16 x float> %333, <16 x float> %440, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %442 = shufflevector <16 x float> %333, <16 x float> %440, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %443 = fadd <16 x float> %441, %442
  %444 = fmul <16 x float> %q22, %bf1649
  %445 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %bf1650, <16 x float> %444)
  %446 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %bf1651, <16 x float> %445)
  %447 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %bf1652, <16 x float> %446)
  %448 = shufflevector <16 x float> %392, <16 x float> %447, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %449 = shufflevector <16 x float> %392, <16 x float> %447, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %450 = fadd <16 x float> %448, %449
  %451 = shufflevector <16 x float> %340, <16 x float> %450, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %452 = shufflevector <16 x float> %340, <16 x float> %450, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %453 = fadd <16 x float> %451, %452
  %454 = fmul <16 x float> %q26, %bf1649
  %455 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %bf1650, <16 x float> %454)
  %456 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %bf1651, <16 x float> %455)
  %457 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %bf1652, <16 x float> %456)
  %458 = shufflevector <16 x float> %396, <16 x float> %457, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %459 = shufflevector <16 x float> %396, <16 x float> %457, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %460 = fadd <16 x float> %458, %459
  %461 = shufflevector <16 x float> %347, <16 x float> %460, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %462 = shufflevector <16 x float> %347, <16 x float> %460, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %463 = fadd <16 x float> %461, %462
  %464 = fmul <16 x float> %q30, %bf1649
  %465 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %bf1650, <16 x float> %464)
  %466 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %bf1651, <16 x float> %465)
  %467 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %bf1652, <16 x float> %466)
  %468 = shufflevector <16 x float> %400, <16 x float> %467, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %469 = shufflevector <16 x float> %400, <16 x float> %467, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %470 = fadd <16 x float> %468, %469
  %471 = shufflevector <16 x float> %354, <16 x float> %470, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %472 = shufflevector <16 x float> %354, <16 x float> %470, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %473 = fadd <16 x float> %471, %472
  %474 = fmul <16 x float> %q34, %bf1649
  %475 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %bf1650, <16 x float> %474)
  %476 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %bf1651, <16 x float> %475)
  %477 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %bf1652, <16 x float> %476)
  %478 = shufflevector <16 x float> %404, <16 x float> %477, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %479 = shufflevector <16 x float> %404, <16 x float> %477, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %480 = fadd <16 x float> %478, %479
  %481 = shufflevector <16 x float> %361, <16 x float> %480, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %482 = shufflevector <16 x float> %361, <16 x float> %480, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %483 = fadd <16 x float> %481, %482
  %484 = add i32 %kfull13, 4
  %485 = sext i32 %484 to i64
  %486 = shl nsw i64 %485, 7
  %487 = getelementptr i8, ptr %19, i64 %486
  %488 = load <16 x i16>, ptr %487, align 2
  %489 = zext <16 x i16> %488 to <16 x i32>
  %490 = shl nuw <16 x i32> %489, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1653 = bitcast <16 x i32> %490 to <16 x float>
  %491 = getelementptr i8, ptr %487, i64 32
  %492 = load <16 x i16>, ptr %491, align 2
  %493 = zext <16 x i16> %492 to <16 x i32>
  %494 = shl nuw <16 x i32> %493, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1654 = bitcast <16 x i32> %494 to <16 x float>
  %495 = getelementptr i8, ptr %487, i64 64
  %496 = load <16 x i16>, ptr %495, align 2
  %497 = zext <16 x i16> %496 to <16 x i32>
  %498 = shl nuw <16 x i32> %497, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1655 = bitcast <16 x i32> %498 to <16 x float>
  %499 = getelementptr i8, ptr %487, i64 96
  %500 = load <16 x i16>, ptr %499, align 2
  %501 = zext <16 x i16> %500 to <16 x i32>
  %502 = shl nuw <16 x i32> %501, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1656 = bitcast <16 x i32> %502 to <16 x float>
  %503 = fmul <16 x float> %q14, %bf1653
  %504 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %bf1654, <16 x float> %503)
  %505 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %bf1655, <16 x float> %504)
  %506 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %bf1656, <16 x float> %505)
  %507 = fmul <16 x float> %q18, %bf1653
  %508 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %bf1654, <16 x float> %507)
  %509 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %bf1655, <16 x float> %508)
  %510 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %bf1656, <16 x float> %509)
  %511 = fmul <16 x float> %q22, %bf1653
  %512 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %bf1654, <16 x float> %511)
  %513 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %bf1655, <16 x float> %512)
  %514 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %bf1656, <16 x float> %513)
  %515 = fmul <16 x float> %q26, %bf1653
  %516 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %bf1654, <16 x float> %515)
  %517 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %bf1655, <16 x float> %516)
  %518 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %bf1656, <16 x float> %517)
  %519 = fmul <16 x float> %q30, %bf1653
  %520 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %bf1654, <16 x float> %519)
  %521 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %bf1655, <16 x float> %520)
  %522 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %bf1656, <16 x float> %521)
  %523 = fmul <16 x float> %q34, %bf1653
  %524 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %bf1654, <16 x float> %523)
  %525 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %bf1655, <16 x float> %524)
  %526 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %bf1656, <16 x float> %525)
  %527 = add i32 %kfull13, 5
  %528 = sext i32 %527 to i64
  %529 = shl nsw i64 %528, 7
  %530 = getelementptr i8, ptr %19, i64 %529
  %531 = load <16 x i16>, ptr %530, align 2
  %532 = zext <16 x i16> %531 to <16 x i32>
  %533 = shl nuw <16 x i32> %532, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1657 = bitcast <16 x i32> %533 to <16 x float>
  %534 = getelementptr i8, ptr %530, i64 32
  %535 = load <16 x i16>, ptr %534, align 2
  %536 = zext <16 x i16> %535 to <16 x i32>
  %537 = shl nuw <16 x i32> %536, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1658 = bitcast <16 x i32> %537 to <16 x float>
  %538 = getelementptr i8, ptr %530, i64 64
  %539 = load <16 x i16>, ptr %538, align 2
  %540 = zext <16 x i16> %539 to <16 x i32>
  %541 = shl nuw <16 x i32> %540, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1659 = bitcast <16 x i32> %541 to <16 x float>
  %542 = getelementptr i8, ptr %530, i64 96
  %543 = load <16 x i16>, ptr %542, align 2
  %544 = zext <16 x i16> %543 to <16 x i32>
  %545 = shl nuw <16 x i32> %544, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1660 = bitcast <16 x i32> %545 to <16 x float>
  %546 = fmul <16 x float> %q14, %bf1657
  %547 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %bf1658, <16 x float> %546)
  %548 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %bf1659, <16 x float> %547)
  %549 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %bf1660, <16 x float> %548)
  %550 = shufflevector <16 x float> %506, <16 x float> %549, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %551 = shufflevector <16 x float> %506, <16 x float> %549, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %552 = fadd <16 x float> %550, %551
  %553 = fmul <16 x float> %q18, %bf1657
  %554 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %bf1658, <16 x float> %553)
  %555 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %bf1659, <16 x float> %554)
  %556 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %bf1660, <16 x float> %555)
  %557 = shufflevector <16 x float> %510, <16 x float> %556, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %558 = shufflevector <16 x float> %510, <16 x float> %556, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %559 = fadd <16 x float> %557, %558
  %560 = fmul <16 x float> %q22, %bf1657
  %561 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %bf1658, <16 x float> %560)
  %562 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %bf1659, <16 x float> %561)
  %563 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %bf1660, <16 x float> %562)
  %564 = shufflevector <16 x float> %514, <16 x float> %563, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %565 = shufflevector <16 x float> %514, <16 x float> %563, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %566 = fadd <16 x float> %564, %565
  %567 = fmul <16 x float> %q26, %bf1657
  %568 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %bf1658, <16 x float> %567)
  %569 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %bf1659, <16 x float> %568)
  %570 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %bf1660, <16 x float> %569)
  %571 = shufflevector <16 x float> %518, <16 x float> %570, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %572 = shufflevector <16 x float> %518, <16 x float> %570, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %573 = fadd <16 x float> %571, %572
  %574 = fmul <16 x float> %q30, %bf1657
  %575 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %bf1658, <16 x float> %574)
  %576 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %bf1659, <16 x float> %575)
  %577 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %bf1660, <16 x float> %576)
  %578 = shufflevector <16 x float> %522, <16 x float> %577, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %579 = shufflevector <16 x float> %522, <16 x float> %577, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %580 = fadd <16 x float> %578, %579
  %581 = fmul <16 x float> %q34, %bf1657
  %582 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %bf1658, <16 x float> %581)
  %583 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %bf1659, <16 x float> %582)
  %584 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %bf1660, <16 x float> %583)
  %585 = shufflevector <16 x float> %526, <16 x float> %584, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %586 = shufflevector <16 x float> %526, <16 x float> %584, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %587 = fadd <16 x float> %585, %586
  %588 = add i32 %kfull13, 6
  %589 = sext i32 %588 to i64
  %590 = shl nsw i64 %589, 7
  %591 = getelementptr i8, ptr %19, i64 %590
  %592 = load <16 x i16>, ptr %591, align 2
  %593 = zext <16 x i16> %592 to <16 x i32>
  %594 = shl nuw <16 x i32> %593, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1661 = bitcast <16 x i32> %594 to <16 x float>
  %595 = getelementptr i8, ptr %591, i64 32
  %596 = load <16 x i16>, ptr %595, align 2
  %597 = zext <16 x i16> %596 to <16 x i32>
  %598 = shl nuw <16 x i32> %597, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1662 = bitcast <16 x i32> %598 to <16 x float>
  %599 = getelementptr i8, ptr %591, i64 64
  %600 = load <16 x i16>, ptr %599, align 2
  %601 = zext <16 x i16> %600 to <16 x i32>
  %602 = shl nuw <16 x i32> %601, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1663 = bitcast <16 x i32> %602 to <16 x float>
  %603 = getelementptr i8, ptr %591, i64 96
  %604 = load <16 x i16>, ptr %603, align 2
  %605 = zext <16 x i16> %604 to <16 x i32>
  %606 = shl nuw <16 x i32> %605, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1664 = bitcast <16 x i32> %606 to <16 x float>
  %607 = fmul <16 x float> %q14, %bf1661
  %608 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %bf1662, <16 x float> %607)
  %609 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %bf1663, <16 x float> %608)
  %610 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %bf1664, <16 x float> %609)
  %611 = fmul <16 x float> %q18, %bf1661
  %612 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %bf1662, <16 x float> %611)
  %613 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %bf1663, <16 x float> %612)
  %614 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %bf1664, <16 x float> %613)
  %615 = fmul <16 x float> %q22, %bf1661
  %616 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %bf1662, <16 x float> %615)
  %617 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %bf1663, <16 x float> %616)
  %618 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %bf1664, <16 x float> %617)
  %619 = fmul <16 x float> %q26, %bf1661
  %620 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %bf1662, <16 x float> %619)
  %621 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %bf1663, <16 x float> %620)
  %622 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %bf1664, <16 x float> %621)
  %623 = fmul <16 x float> %q30, %bf1661
  %624 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %bf1662, <16 x float> %623)
  %625 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %bf1663, <16 x float> %624)
  %626 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %bf1664, <16 x float> %625)
  %627 = fmul <16 x float> %q34, %bf1661
  %628 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %bf1662, <16 x float> %627)
  %629 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %bf1663, <16 x float> %628)
  %630 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %bf1664, <16 x float> %629)
  %631 = add i32 %kfull13, 7
  %632 = sext i32 %631 to i64
  %633 = shl nsw i64 %632, 7
  %634 = getelementptr i8, ptr %19, i64 %633
  %635 = load <16 x i16>, ptr %634, align 2
  %636 = zext <16 x i16> %635 to <16 x i32>
  %637 = shl nuw <16 x i32> %636, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1665 = bitcast <16 x i32> %637 to <16 x float>
  %638 = getelementptr i8, ptr %634, i64 32
  %639 = load <16 x i16>, ptr %638, align 2
  %640 = zext <16 x i16> %639 to <16 x i32>
  %641 = shl nuw <16 x i32> %640, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1666 = bitcast <16 x i32> %641 to <16 x float>
  %642 = getelementptr i8, ptr %634, i64 64
  %643 = load <16 x i16>, ptr %642, align 2
  %644 = zext <16 x i16> %643 to <16 x i32>
  %645 = shl nuw <16 x i32> %644, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1667 = bitcast <16 x i32> %645 to <16 x float>
  %646 = getelementptr i8, ptr %634, i64 96
  %647 = load <16 x i16>, ptr %646, align 2
  %648 = zext <16 x i16> %647 to <16 x i32>
  %649 = shl nuw <16 x i32> %648, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1668 = bitcast <16 x i32> %649 to <16 x float>
  %650 = fmul <16 x float> %q14, %bf1665
  %651 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %bf1666, <16 x float> %650)
  %652 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %bf1667, <16 x float> %651)
  %653 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %bf1668, <16 x float> %652)
  %654 = shufflevector <16 x float> %610, <16 x float> %653, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %655 = shufflevector <16 x float> %610, <16 x float> %653, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %656 = fadd <16 x float> %654, %655
  %657 = shufflevector <16 x float> %552, <16 x float> %656, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %658 = shufflevector <16 x float> %552, <16 x float> %656, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %659 = fadd <16 x float> %657, %658
  %660 = shufflevector <16 x float> %433, <16 x float> %659, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %661 = shufflevector <16 x float> %433, <16 x float> %659, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %662 = fadd <16 x float> %660, %661
  %663 = fmul <16 x float> %q18, %bf1665
  %664 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %bf1666, <16 x float> %663)
  %665 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %bf1667, <16 x float> %664)
  %666 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %bf1668, <16 x float> %665)
  %667 = shufflevector <16 x float> %614, <16 x float> %666, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %668 = shufflevector <16 x float> %614, <16 x float> %666, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %669 = fadd <16 x float> %667, %668
  %670 = shufflevector <16 x float> %559, <16 x float> %669, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %671 = shufflevector <16 x float> %559, <16 x float> %669, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %672 = fadd <16 x float> %670, %671
  %673 = shufflevector <16 x float> %443, <16 x float> %672, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %674 = shufflevector <16 x float> %443, <16 x float> %672, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %675 = fadd <16 x float> %673, %674
  %676 = fmul <16 x float> %q22, %bf1665
  %677 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %bf1666, <16 x float> %676)
  %678 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %bf1667, <16 x float> %677)
  %679 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %bf1668, <16 x float> %678)
  %680 = shufflevector <16 x float> %618, <16 x float> %679, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %681 = shufflevector <16 x float> %618, <16 x float> %679, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %682 = fadd <16 x float> %680, %681
  %683 = shufflevector <16 x float> %566, <16 x float> %682, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %684 = shufflevector <16 x float> %566, <16 x float> %682, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %685 = fadd <16 x float> %683, %684
  %686 = shufflevector <16 x float> %453, <16 x float> %685, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %687 = shufflevector <16 x float> %453, <16 x float> %685, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %688 = fadd <16 x float> %686, %687
  %689 = fmul <16 x float> %q26, %bf1665
  %690 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %bf1666, <16 x float> %689)
  %691 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %bf1667, <16 x float> %690)
  %692 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %bf1668, <16 x float> %691)
  %693 = shufflevector <16 x float> %622, <16 x float> %692, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %694 = shufflevector <16 x float> %622, <16 x float> %692, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %695 = fadd <16 x float> %693, %694
  %696 = shufflevector <16 x float> %573, <16 x float> %695, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %697 = shufflevector <16 x float> %573, <16 x float> %695, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %698 = fadd <16 x float> %696, %697
  %699 = shufflevector <16 x float> %463, <16 x float> %698, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %700 = shufflevector <16 x float> %463, <16 x float> %698, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %701 = fadd <16 x float> %699, %700
  %702 = fmul <16 x float> %q30, %bf1665
  %703 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %bf1666, <16 x float> %702)
  %704 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %bf1667, <16 x float> %703)
  %705 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %bf1668, <16 x float> %704)
  %706 = shufflevector <16 x float> %626, <16 x float> %705, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %707 = shufflevector <16 x float> %626, <16 x float> %705, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %708 = fadd <16 x float> %706, %707
  %709 = shufflevector <16 x float> %580, <16 x float> %708, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %710 = shufflevector <16 x float> %580, <16 x float> %708, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %711 = fadd <16 x float> %709, %710
  %712 = shufflevector <16 x float> %473, <16 x float> %711, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %713 = shufflevector <16 x float> %473, <16 x float> %711, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %714 = fadd <16 x float> %712, %713
  %715 = fmul <16 x float> %q34, %bf1665
  %716 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %bf1666, <16 x float> %715)
  %717 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %bf1667, <16 x float> %716)
  %718 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %bf1668, <16 x float> %717)
  %719 = shufflevector <16 x float> %630, <16 x float> %718, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %720 = shufflevector <16 x float> %630, <16 x float> %718, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %721 = fadd <16 x float> %719, %720
  %722 = shufflevector <16 x float> %587, <16 x float> %721, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %723 = shufflevector <16 x float> %587, <16 x float> %721, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %724 = fadd <16 x float> %722, %723
  %725 = shufflevector <16 x float> %483, <16 x float> %724, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %726 = shufflevector <16 x float> %483, <16 x float> %724, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %727 = fadd <16 x float> %725, %726
  %728 = add i32 %kfull13, 8
  %729 = sext i32 %728 to i64
  %730 = shl nsw i64 %729, 7
  %731 = getelementptr i8, ptr %19, i64 %730
  %732 = load <16 x i16>, ptr %731, align 2
  %733 = zext <16 x i16> %732 to <16 x i32>
  %734 = shl nuw <16 x i32> %733, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1669 = bitcast <16 x i32> %734 to <16 x float>
  %735 = getelementptr i8, ptr %731, i64 32
  %736 = load <16 x i16>, ptr %735, align 2
  %737 = zext <16 x i16> %736 to <16 x i32>
  %738 = shl nuw <16 x i32> %737, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1670 = bitcast <16 x i32> %738 to <16 x float>
  %739 = getelementptr i8, ptr %731, i64 64
  %740 = load <16 x i16>, ptr %739, align 2
  %741 = zext <16 x i16> %740 to <16 x i32>
  %742 = shl nuw <16 x i32> %741, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1671 = bitcast <16 x i32> %742 to <16 x float>
  %743 = getelementptr i8, ptr %731, i64 96
  %744 = load <16 x i16>, ptr %743, align 2
  %745 = zext <16 x i16> %744 to <16 x i32>
  %746 = shl nuw <16 x i32> %745, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1672 = bitcast <16 x i32> %746 to <16 x float>
  %747 = fmul <16 x float> %q14, %bf1669
  %748 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %bf1670, <16 x float> %747)
  %749 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %bf1671, <16 x float> %748)
  %750 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %bf1672, <16 x float> %749)
  %751 = fmul <16 x float> %q18, %bf1669
  %752 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %bf1670, <16 x float> %751)
  %753 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %bf1671, <16 x float> %752)
  %754 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %bf1672, <16 x float> %753)
  %755 = fmul <16 x float> %q22, %bf1669
  %756 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %bf1670, <16 x float> %755)
  %757 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %bf1671, <16 x float> %756)
  %758 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %bf1672, <16 x float> %757)
  %759 = fmul <16 x float> %q26, %bf1669
  %760 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %bf1670, <16 x float> %759)
  %761 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %bf1671, <16 x float> %760)
  %762 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %bf1672, <16 x float> %761)
  %763 = fmul <16 x float> %q30, %bf1669
  %764 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %bf1670, <16 x float> %763)
  %765 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %bf1671, <16 x float> %764)
  %766 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %bf1672, <16 x float> %765)
  %767 = fmul <16 x float> %q34, %bf1669
  %768 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %bf1670, <16 x float> %767)
  %769 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %bf1671, <16 x float> %768)
  %770 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %bf1672, <16 x float> %769)
  %771 = add i32 %kfull13, 9
  %772 = sext i32 %771 to i64
  %773 = shl nsw i64 %772, 7
  %774 = getelementptr i8, ptr %19, i64 %773
  %775 = load <16 x i16>, ptr %774, align 2
  %776 = zext <16 x i16> %775 to <16 x i32>
  %777 = shl nuw <16 x i32> %776, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1673 = bitcast <16 x i32> %777 to <16 x float>
  %778 = getelementptr i8, ptr %774, i64 32
  %779 = load <16 x i16>, ptr %778, align 2
  %780 = zext <16 x i16> %779 to <16 x i32>
  %781 = shl nuw <16 x i32> %780, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1674 = bitcast <16 x i32> %781 to <16 x float>
  %782 = getelementptr i8, ptr %774, i64 64
  %783 = load <16 x i16>, ptr %782, align 2
  %784 = zext <16 x i16> %783 to <16 x i32>
  %785 = shl nuw <16 x i32> %784, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1675 = bitcast <16 x i32> %785 to <16 x float>
  %786 = getelementptr i8, ptr %774, i64 96
  %787 = load <16 x i16>, ptr %786, align 2
  %788 = zext <16 x i16> %787 to <16 x i32>
  %789 = shl nuw <16 x i32> %788, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1676 = bitcast <16 x i32> %789 to <16 x float>
  %790 = fmul <16 x float> %q14, %bf1673
  %791 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %bf1674, <16 x float> %790)
  %792 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %bf1675, <16 x float> %791)
  %793 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %bf1676, <16 x float> %792)
  %794 = shufflevector <16 x float> %750, <16 x float> %793, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %795 = shufflevector <16 x float> %750, <16 x float> %793, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %796 = fadd <16 x float> %794, %795
  %797 = fmul <16 x float> %q18, %bf1673
  %798 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %bf1674, <16 x float> %797)
  %799 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %bf1675, <16 x float> %798)
  %800 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %bf1676, <16 x float> %799)
  %801 = shufflevector <16 x float> %754, <16 x float> %800, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %802 = shufflevector <16 x float> %754, <16 x float> %800, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %803 = fadd <16 x float> %801, %802
  %804 = fmul <16 x float> %q22, %bf1673
  %805 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %bf1674, <16 x float> %804)
  %806 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %bf1675, <16 x float> %805)
  %807 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %bf1676, <16 x float> %806)
  %808 = shufflevector <16 x float> %758, <16 x float> %807, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %809 = shufflevector <16 x float> %758, <16 x float> %807, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %810 = fadd <16 x float> %808, %809
  %811 = fmul <16 x float> %q26, %bf1673
  %812 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %bf1674, <16 x float> %811)
  %813 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %bf1675, <16 x float> %812)
  %814 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %bf1676, <16 x float> %813)
  %815 = shufflevector <16 x float> %762, <16 x float> %814, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %816 = shufflevector <16 x float> %762, <16 x float> %814, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %817 = fadd <16 x float> %815, %816
  %818 = fmul <16 x float> %q30, %bf1673
  %819 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %bf1674, <16 x float> %818)
  %820 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %bf1675, <16 x float> %819)
  %821 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %bf1676, <16 x float> %820)
  %822 = shufflevector <16 x float> %766, <16 x float> %821, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %823 = shufflevector <16 x float> %766, <16 x float> %821, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %824 = fadd <16 x float> %822, %823
  %825 = fmul <16 x float> %q34, %bf1673
  %826 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %bf1674, <16 x float> %825)
  %827 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %bf1675, <16 x float> %826)
  %828 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %bf1676, <16 x float> %827)
  %829 = shufflevector <16 x float> %770, <16 x float> %828, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %830 = shufflevector <16 x float> %770, <16 x float> %828, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %831 = fadd <16 x float> %829, %830
  %832 = add i32 %kfull13, 10
  %833 = sext i32 %832 to i64
  %834 = shl nsw i64 %833, 7
  %835 = getelementptr i8, ptr %19, i64 %834
  %836 = load <16 x i16>, ptr %835, align 2
  %837 = zext <16 x i16> %836 to <16 x i32>
  %838 = shl nuw <16 x i32> %837, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1677 = bitcast <16 x i32> %838 to <16 x float>
  %839 = getelementptr i8, ptr %835, i64 32
  %840 = load <16 x i16>, ptr %839, align 2
  %841 = zext <16 x i16> %840 to <16 x i32>
  %842 = shl nuw <16 x i32> %841, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1678 = bitcast <16 x i32> %842 to <16 x float>
  %843 = getelementptr i8, ptr %835, i64 64
  %844 = load <16 x i16>, ptr %843, align 2
  %845 = zext <16 x i16> %844 to <16 x i32>
  %846 = shl nuw <16 x i32> %845, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1679 = bitcast <16 x i32> %846 to <16 x float>
  %847 = getelementptr i8, ptr %835, i64 96
  %848 = load <16 x i16>, ptr %847, align 2
  %849 = zext <16 x i16> %848 to <16 x i32>
  %850 = shl nuw <16 x i32> %849, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1680 = bitcast <16 x i32> %850 to <16 x float>
  %851 = fmul <16 x float> %q14, %bf1677
  %852 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %bf1678, <16 x float> %851)
  %853 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %bf1679, <16 x float> %852)
  %854 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %bf1680, <16 x float> %853)
  %855 = fmul <16 x float> %q18, %bf1677
  %856 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %bf1678, <16 x float> %855)
  %857 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %bf1679, <16 x float> %856)
  %858 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %bf1680, <16 x float> %857)
  %859 = fmul <16 x float> %q22, %bf1677
  %860 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %bf1678, <16 x float> %859)
  %861 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %bf1679, <16 x float> %860)
  %862 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %bf1680, <16 x float> %861)
  %863 = fmul <16 x float> %q26, %bf1677
  %864 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %bf1678, <16 x float> %863)
  %865 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %bf1679, <16 x float> %864)
  %866 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %bf1680, <16 x float> %865)
  %867 = fmul <16 x float> %q30, %bf1677
  %868 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %bf1678, <16 x float> %867)
  %869 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %bf1679, <16 x float> %868)
  %870 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %bf1680, <16 x float> %869)
  %871 = fmul <16 x float> %q34, %bf1677
  %872 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %bf1678, <16 x float> %871)
  %873 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %bf1679, <16 x float> %872)
  %874 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %bf1680, <16 x float> %873)
  %875 = add i32 %kfull13, 11
  %876 = sext i32 %875 to i64
  %877 = shl nsw i64 %876, 7
  %878 = getelementptr i8, ptr %19, i64 %877
  %879 = load <16 x i16>, ptr %878, align 2
  %880 = zext <16 x i16> %879 to <16 x i32>
  %881 = shl nuw <16 x i32> %880, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1681 = bitcast <16 x i32> %881 to <16 x float>
  %882 = getelementptr i8, ptr %878, i64 32
  %883 = load <16 x i16>, ptr %882, align 2
  %884 = zext <16 x i16> %883 to <16 x i32>
  %885 = shl nuw <16 x i32> %884, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1682 = bitcast <16 x i32> %885 to <16 x float>
  %886 = getelementptr i8, ptr %878, i64 64
  %887 = load <16 x i16>, ptr %886, align 2
  %888 = zext <16 x i16> %887 to <16 x i32>
  %889 = shl nuw <16 x i32> %888, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1683 = bitcast <16 x i32> %889 to <16 x float>
  %890 = getelementptr i8, ptr %878, i64 96
  %891 = load <16 x i16>, ptr %890, align 2
  %892 = zext <16 x i16> %891 to <16 x i32>
  %893 = shl nuw <16 x i32> %892, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1684 = bitcast <16 x i32> %893 to <16 x float>
  %894 = fmul <16 x float> %q14, %bf1681
  %895 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %bf1682, <16 x float> %894)
  %896 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %bf1683, <16 x float> %895)
  %897 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %bf1684, <16 x float> %896)
  %898 = shufflevector <16 x float> %854, <16 x float> %897, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %899 = shufflevector <16 x float> %854, <16 x float> %897, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %900 = fadd <16 x float> %898, %899
  %901 = shufflevector <16 x float> %796, <16 x float> %900, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %902 = shufflevector <16 x float> %796, <16 x float> %900, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %903 = fadd <16 x float> %901, %902
  %904 = fmul <16 x float> %q18, %bf1681
  %905 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %bf1682, <16 x float> %904)
  %906 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %bf1683, <16 x float> %905)
  %907 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %bf1684, <16 x float> %906)
  %908 = shufflevector <16 x float> %858, <16 x float> %907, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %909 = shufflevector <16 x float> %858, <16 x float> %907, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %910 = fadd <16 x float> %908, %909
  %911 = shufflevector <16 x float> %803, <16 x float> %910, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %912 = shufflevector <16 x float> %803, <16 x float> %910, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %913 = fadd <16 x float> %911, %912
  %914 = fmul <16 x float> %q22, %bf1681
  %915 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %bf1682, <16 x float> %914)
  %916 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %bf1683, <16 x float> %915)
  %917 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %bf1684, <16 x float> %916)
  %918 = shufflevector <16 x float> %862, <16 x float> %917, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %919 = shufflevector <16 x float> %862, <16 x float> %917, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %920 = fadd <16 x float> %918, %919
  %921 = shufflevector <16 x float> %810, <16 x float> %920, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %922 = shufflevector <16 x float> %810, <16 x float> %920, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %923 = fadd <16 x float> %921, %922
  %924 = fmul <16 x float> %q26, %bf1681
  %925 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %bf1682, <16 x float> %924)
  %926 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %bf1683, <16 x float> %925)
  %927 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %bf1684, <16 x float> %926)
  %928 = shufflevector <16 x float> %866, <16 x float> %927, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %929 = shufflevector <16 x float> %866, <16 x float> %927, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %930 = fadd <16 x float> %928, %929
  %931 = shufflevector <16 x float> %817, <16 x float> %930, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %932 = shufflevector <16 x float> %817, <16 x float> %930, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %933 = fadd <16 x float> %931, %932
  %934 = fmul <16 x float> %q30, %bf1681
  %935 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %bf1682, <16 x float> %934)
  %936 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %bf1683, <16 x float> %935)
  %937 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %bf1684, <16 x float> %936)
  %938 = shufflevector <16 x float> %870, <16 x float> %937, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %939 = shufflevector <16 x float> %870, <16 x float> %937, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %940 = fadd <16 x float> %938, %939
  %941 = shufflevector <16 x float> %824, <16 x float> %940, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %942 = shufflevector <16 x float> %824, <16 x float> %940, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %943 = fadd <16 x float> %941, %942
  %944 = fmul <16 x float> %q34, %bf1681
  %945 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %bf1682, <16 x float> %944)
  %946 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %bf1683, <16 x float> %945)
  %947 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %bf1684, <16 x float> %946)
  %948 = shufflevector <16 x float> %874, <16 x float> %947, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %949 = shufflevector <16 x float> %874, <16 x float> %947, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %950 = fadd <16 x float> %948, %949
  %951 = shufflevector <16 x float> %831, <16 x float> %950, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %952 = shufflevector <16 x float> %831, <16 x float> %950, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %953 = fadd <16 x float> %951, %952
  %954 = add i32 %kfull13, 12
  %955 = sext i32 %954 to i64
  %956 = shl nsw i64 %955, 7
  %957 = getelementptr i8, ptr %19, i64 %956
  %958 = load <16 x i16>, ptr %957, align 2
  %959 = zext <16 x i16> %958 to <16 x i32>
  %960 = shl nuw <16 x i32> %959, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1685 = bitcast <16 x i32> %960 to <16 x float>
  %961 = getelementptr i8, ptr %957, i64 32
  %962 = load <16 x i16>, ptr %961, align 2
  %963 = zext <16 x i16> %962 to <16 x i32>
  %964 = shl nuw <16 x i32> %963, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1686 = bitcast <16 x i32> %964 to <16 x float>
  %965 = getelementptr i8, ptr %957, i64 64
  %966 = load <16 x i16>, ptr %965, align 2
  %967 = zext <16 x i16> %966 to <16 x i32>
  %968 = shl nuw <16 x i32> %967, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1687 = bitcast <16 x i32> %968 to <16 x float>
  %969 = getelementptr i8, ptr %957, i64 96
  %970 = load <16 x i16>, ptr %969, align 2
  %971 = zext <16 x i16> %970 to <16 x i32>
  %972 = shl nuw <16 x i32> %971, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1688 = bitcast <16 x i32> %972 to <16 x float>
  %973 = fmul <16 x float> %q14, %bf1685
  %974 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %bf1686, <16 x float> %973)
  %975 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %bf1687, <16 x float> %974)
  %976 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %bf1688, <16 x float> %975)
  %977 = fmul <16 x float> %q18, %bf1685
  %978 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %bf1686, <16 x float> %977)
  %979 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %bf1687, <16 x float> %978)
  %980 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %bf1688, <16 x float> %979)
  %981 = fmul <16 x float> %q22, %bf1685
  %982 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %bf1686, <16 x float> %981)
  %983 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %bf1687, <16 x float> %982)
  %984 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %bf1688, <16 x float> %983)
  %985 = fmul <16 x float> %q26, %bf1685
  %986 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %bf1686, <16 x float> %985)
  %987 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %bf1687, <16 x float> %986)
  %988 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %bf1688, <16 x float> %987)
  %989 = fmul <16 x float> %q30, %bf1685
  %990 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %bf1686, <16 x float> %989)
  %991 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %bf1687, <16 x float> %990)
  %992 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %bf1688, <16 x float> %991)
  %993 = fmul <16 x float> %q34, %bf1685
  %994 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %bf1686, <16 x float> %993)
  %995 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %bf1687, <16 x float> %994)
  %996 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %bf1688, <16 x float> %995)
  %997 = add i32 %kfull13, 13
  %998 = sext i32 %997 to i64
  %999 = shl nsw i64 %998, 7
  %1000 = getelementptr i8, ptr %19, i64 %999
  %1001 = load <16 x i16>, ptr %1000, align 2
  %1002 = zext <16 x i16> %1001 to <16 x i32>
  %1003 = shl nuw <16 x i32> %1002, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1689 = bitcast <16 x i32> %1003 to <16 x float>
  %1004 = getelementptr i8, ptr %1000, i64 32
  %1005 = load <16 x i16>, ptr %1004, align 2
  %1006 = zext <16 x i16> %1005 to <16 x i32>
  %1007 = shl nuw <16 x i32> %1006, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1690 = bitcast <16 x i32> %1007 to <16 x float>
  %1008 = getelementptr i8, ptr %1000, i64 64
  %1009 = load <16 x i16>, ptr %1008, align 2
  %1010 = zext <16 x i16> %1009 to <16 x i32>
  %1011 = shl nuw <16 x i32> %1010, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1691 = bitcast <16 x i32> %1011 to <16 x float>
  %1012 = getelementptr i8, ptr %1000, i64 96
  %1013 = load <16 x i16>, ptr %1012, align 2
  %1014 = zext <16 x i16> %1013 to <16 x i32>
  %1015 = shl nuw <16 x i32> %1014, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1692 = bitcast <16 x i32> %1015 to <16 x float>
  %1016 = fmul <16 x float> %q14, %bf1689
  %1017 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %bf1690, <16 x float> %1016)
  %1018 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %bf1691, <16 x float> %1017)
  %1019 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %bf1692, <16 x float> %1018)
  %1020 = shufflevector <16 x float> %976, <16 x float> %1019, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1021 = shufflevector <16 x float> %976, <16 x float> %1019, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1022 = fadd <16 x float> %1020, %1021
  %1023 = fmul <16 x float> %q18, %bf1689
  %1024 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %bf1690, <16 x float> %1023)
  %1025 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %bf1691, <16 x float> %1024)
  %1026 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %bf1692, <16 x float> %1025)
  %1027 = shufflevector <16 x float> %980, <16 x float> %1026, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1028 = shufflevector <16 x float> %980, <16 x float> %1026, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1029 = fadd <16 x float> %1027, %1028
  %1030 = fmul <16 x float> %q22, %bf1689
  %1031 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %bf1690, <16 x float> %1030)
  %1032 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %bf1691, <16 x float> %1031)
  %1033 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %bf1692, <16 x float> %1032)
  %1034 = shufflevector <16 x float> %984, <16 x float> %1033, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1035 = shufflevector <16 x float> %984, <16 x float> %1033, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1036 = fadd <16 x float> %1034, %1035
  %1037 = fmul <16 x float> %q26, %bf1689
  %1038 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %bf1690, <16 x float> %1037)
  %1039 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %bf1691, <16 x float> %1038)
  %1040 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %bf1692, <16 x float> %1039)
  %1041 = shufflevector <16 x float> %988, <16 x float> %1040, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1042 = shufflevector <16 x float> %988, <16 x float> %1040, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1043 = fadd <16 x float> %1041, %1042
  %1044 = fmul <16 x float> %q30, %bf1689
  %1045 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %bf1690, <16 x float> %1044)
  %1046 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %bf1691, <16 x float> %1045)
  %1047 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %bf1692, <16 x float> %1046)
  %1048 = shufflevector <16 x float> %992, <16 x float> %1047, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1049 = shufflevector <16 x float> %992, <16 x float> %1047, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1050 = fadd <16 x float> %1048, %1049
  %1051 = fmul <16 x float> %q34, %bf1689
  %1052 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %bf1690, <16 x float> %1051)
  %1053 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %bf1691, <16 x float> %1052)
  %1054 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %bf1692, <16 x float> %1053)
  %1055 = shufflevector <16 x float> %996, <16 x float> %1054, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1056 = shufflevector <16 x float> %996, <16 x float> %1054, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1057 = fadd <16 x float> %1055, %1056
  %1058 = add i32 %kfull13, 14
  %1059 = sext i32 %1058 to i64
  %1060 = shl nsw i64 %1059, 7
  %1061 = getelementptr i8, ptr %19, i64 %1060
  %1062 = load <16 x i16>, ptr %1061, align 2
  %1063 = zext <16 x i16> %1062 to <16 x i32>
  %1064 = shl nuw <16 x i32> %1063, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1693 = bitcast <16 x i32> %1064 to <16 x float>
  %1065 = getelementptr i8, ptr %1061, i64 32
  %1066 = load <16 x i16>, ptr %1065, align 2
  %1067 = zext <16 x i16> %1066 to <16 x i32>
  %1068 = shl nuw <16 x i32> %1067, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1694 = bitcast <16 x i32> %1068 to <16 x float>
  %1069 = getelementptr i8, ptr %1061, i64 64
  %1070 = load <16 x i16>, ptr %1069, align 2
  %1071 = zext <16 x i16> %1070 to <16 x i32>
  %1072 = shl nuw <16 x i32> %1071, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1695 = bitcast <16 x i32> %1072 to <16 x float>
  %1073 = getelementptr i8, ptr %1061, i64 96
  %1074 = load <16 x i16>, ptr %1073, align 2
  %1075 = zext <16 x i16> %1074 to <16 x i32>
  %1076 = shl nuw <16 x i32> %1075, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1696 = bitcast <16 x i32> %1076 to <16 x float>
  %1077 = fmul <16 x float> %q14, %bf1693
  %1078 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %bf1694, <16 x float> %1077)
  %1079 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %bf1695, <16 x float> %1078)
  %1080 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %bf1696, <16 x float> %1079)
  %1081 = fmul <16 x float> %q18, %bf1693
  %1082 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %bf1694, <16 x float> %1081)
  %1083 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %bf1695, <16 x float> %1082)
  %1084 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %bf1696, <16 x float> %1083)
  %1085 = fmul <16 x float> %q22, %bf1693
  %1086 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %bf1694, <16 x float> %1085)
  %1087 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %bf1695, <16 x float> %1086)
  %1088 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %bf1696, <16 x float> %1087)
  %1089 = fmul <16 x float> %q26, %bf1693
  %1090 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %bf1694, <16 x float> %1089)
  %1091 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %bf1695, <16 x float> %1090)
  %1092 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %bf1696, <16 x float> %1091)
  %1093 = fmul <16 x float> %q30, %bf1693
  %1094 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %bf1694, <16 x float> %1093)
  %1095 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %bf1695, <16 x float> %1094)
  %1096 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %bf1696, <16 x float> %1095)
  %1097 = fmul <16 x float> %q34, %bf1693
  %1098 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %bf1694, <16 x float> %1097)
  %1099 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %bf1695, <16 x float> %1098)
  %1100 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %bf1696, <16 x float> %1099)
  %1101 = add i32 %kfull13, 15
  %1102 = sext i32 %1101 to i64
  %1103 = shl nsw i64 %1102, 7
  %1104 = getelementptr i8, ptr %19, i64 %1103
  %1105 = load <16 x i16>, ptr %1104, align 2
  %1106 = zext <16 x i16> %1105 to <16 x i32>
  %1107 = shl nuw <16 x i32> %1106, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1697 = bitcast <16 x i32> %1107 to <16 x float>
  %1108 = getelementptr i8, ptr %1104, i64 32
  %1109 = load <16 x i16>, ptr %1108, align 2
  %1110 = zext <16 x i16> %1109 to <16 x i32>
  %1111 = shl nuw <16 x i32> %1110, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1698 = bitcast <16 x i32> %1111 to <16 x float>
  %1112 = getelementptr i8, ptr %1104, i64 64
  %1113 = load <16 x i16>, ptr %1112, align 2
  %1114 = zext <16 x i16> %1113 to <16 x i32>
  %1115 = shl nuw <16 x i32> %1114, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1699 = bitcast <16 x i32> %1115 to <16 x float>
  %1116 = getelementptr i8, ptr %1104, i64 96
  %1117 = load <16 x i16>, ptr %1116, align 2
  %1118 = zext <16 x i16> %1117 to <16 x i32>
  %1119 = shl nuw <16 x i32> %1118, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16100 = bitcast <16 x i32> %1119 to <16 x float>
  %1120 = fmul <16 x float> %q14, %bf1697
  %1121 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %bf1698, <16 x float> %1120)
  %1122 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %bf1699, <16 x float> %1121)
  %1123 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %bf16100, <16 x float> %1122)
  %1124 = shufflevector <16 x float> %1080, <16 x float> %1123, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1125 = shufflevector <16 x float> %1080, <16 x float> %1123, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1126 = fadd <16 x float> %1124, %1125
  %1127 = shufflevector <16 x float> %1022, <16 x float> %1126, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %1128 = shufflevector <16 x float> %1022, <16 x float> %1126, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %1129 = fadd <16 x float> %1127, %1128
  %1130 = shufflevector <16 x float> %903, <16 x float> %1129, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %1131 = shufflevector <16 x float> %903, <16 x float> %1129, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %1132 = fadd <16 x float> %1130, %1131
  %1133 = shufflevector <16 x float> %662, <16 x float> %1132, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %1134 = shufflevector <16 x float> %662, <16 x float> %1132, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %1135 = fadd <16 x float> %1133, %1134
  %1136 = fmul <16 x float> %q18, %bf1697
  %1137 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %bf1698, <16 x float> %1136)
  %1138 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %bf1699, <16 x float> %1137)
  %1139 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %bf16100, <16 x float> %1138)
  %1140 = shufflevector <16 x float> %1084, <16 x float> %1139, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1141 = shufflevector <16 x float> %1084, <16 x float> %1139, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1142 = fadd <16 x float> %1140, %1141
  %1143 = shufflevector <16 x float> %1029, <16 x float> %1142, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %1144 = shufflevector <16 x float> %1029, <16 x float> %1142, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %1145 = fadd <16 x float> %1143, %1144
  %1146 = shufflevector <16 x float> %913, <16 x float> %1145, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %1147 = shufflevector <16 x float> %913, <16 x float> %1145, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %1148 = fadd <16 x float> %1146, %1147
  %1149 = shufflevector <16 x float> %675, <16 x float> %1148, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %1150 = shufflevector <16 x float> %675, <16 x float> %1148, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %1151 = fadd <16 x float> %1149, %1150
  %1152 = fmul <16 x float> %q22, %bf1697
  %1153 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %bf1698, <16 x float> %1152)
  %1154 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %bf1699, <16 x float> %1153)
  %1155 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %bf16100, <16 x float> %1154)
  %1156 = shufflevector <16 x float> %1088, <16 x float> %1155, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1157 = shufflevector <16 x float> %1088, <16 x float> %1155, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1158 = fadd <16 x float> %1156, %1157
  %1159 = shufflevector <16 x float> %1036, <16 x float> %1158, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %1160 = shufflevector <16 x float> %1036, <16 x float> %1158, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %1161 = fadd <16 x float> %1159, %1160
  %1162 = shufflevector <16 x float> %923, <16 x float> %1161, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %1163 = shufflevector <16 x float> %923, <16 x float> %1161, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %1164 = fadd <16 x float> %1162, %1163
  %1165 = shufflevector <16 x float> %688, <16 x float> %1164, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %1166 = shufflevector <16 x float> %688, <16 x float> %1164, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %1167 = fadd <16 x float> %1165, %1166
  %1168 = fmul <16 x float> %q26, %bf1697
  %1169 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %bf1698, <16 x float> %1168)
  %1170 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %bf1699, <16 x float> %1169)
  %1171 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %bf16100, <16 x float> %1170)
  %1172 = shufflevector <16 x float> %1092, <16 x float> %1171, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1173 = shufflevector <16 x float> %1092, <16 x float> %1171, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1174 = fadd <16 x float> %1172, %1173
  %1175 = shufflevector <16 x float> %1043, <16 x float> %1174, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %1176 = shufflevector <16 x float> %1043, <16 x float> %1174, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %1177 = fadd <16 x float> %1175, %1176
  %1178 = shufflevector <16 x float> %933, <16 x float> %1177, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %1179 = shufflevector <16 x float> %933, <16 x float> %1177, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %1180 = fadd <16 x float> %1178, %1179
  %1181 = shufflevector <16 x float> %701, <16 x float> %1180, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %1182 = shufflevector <16 x float> %701, <16 x float> %1180, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %1183 = fadd <16 x float> %1181, %1182
  %1184 = fmul <16 x float> %q30, %bf1697
  %1185 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %bf1698, <16 x float> %1184)
  %1186 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %bf1699, <16 x float> %1185)
  %1187 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %bf16100, <16 x float> %1186)
  %1188 = shufflevector <16 x float> %1096, <16 x float> %1187, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1189 = shufflevector <16 x float> %1096, <16 x float> %1187, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1190 = fadd <16 x float> %1188, %1189
  %1191 = shufflevector <16 x float> %1050, <16 x float> %1190, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %1192 = shufflevector <16 x float> %1050, <16 x float> %1190, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %1193 = fadd <16 x float> %1191, %1192
  %1194 = shufflevector <16 x float> %943, <16 x float> %1193, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %1195 = shufflevector <16 x float> %943, <16 x float> %1193, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %1196 = fadd <16 x float> %1194, %1195
  %1197 = shufflevector <16 x float> %714, <16 x float> %1196, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %1198 = shufflevector <16 x float> %714, <16 x float> %1196, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %1199 = fadd <16 x float> %1197, %1198
  %1200 = fmul <16 x float> %q34, %bf1697
  %1201 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %bf1698, <16 x float> %1200)
  %1202 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %bf1699, <16 x float> %1201)
  %1203 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %bf16100, <16 x float> %1202)
  %1204 = shufflevector <16 x float> %1100, <16 x float> %1203, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1205 = shufflevector <16 x float> %1100, <16 x float> %1203, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1206 = fadd <16 x float> %1204, %1205
  %1207 = shufflevector <16 x float> %1057, <16 x float> %1206, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %1208 = shufflevector <16 x float> %1057, <16 x float> %1206, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %1209 = fadd <16 x float> %1207, %1208
  %1210 = shufflevector <16 x float> %953, <16 x float> %1209, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %1211 = shufflevector <16 x float> %953, <16 x float> %1209, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %1212 = fadd <16 x float> %1210, %1211
  %1213 = shufflevector <16 x float> %727, <16 x float> %1212, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %1214 = shufflevector <16 x float> %727, <16 x float> %1212, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %1215 = fadd <16 x float> %1213, %1214
  %m = load float, ptr %bm465, align 4
  %1216 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %1135)
  %1217 = call float @llvm.maxnum.f32(float %m, float %1216)
  %1218 = fsub float %m, %1217
  %1219 = insertelement <16 x float> poison, float %1218, i64 0
  %splat101 = shufflevector <16 x float> %1219, <16 x float> poison, <16 x i32> zeroinitializer
  %1220 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat101, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %1221 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %1220, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %1222 = fadd <16 x float> %1221, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fadd <16 x float> %1222, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f = fsub <16 x float> %1221, %n
  %1223 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %1224 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1223, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %1225 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1224, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %1226 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1225, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %1227 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1226, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %1228 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1227, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %1229 = fptosi <16 x float> %n to <16 x i32>
  %1230 = shl <16 x i32> %1229, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1231 = add <16 x i32> %1230, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %1232 = bitcast <16 x i32> %1231 to <16 x float>
  %exp2 = fmul <16 x float> %1228, %1232
  %1233 = insertelement <16 x float> poison, float %1217, i64 0
  %splat102 = shufflevector <16 x float> %1233, <16 x float> poison, <16 x i32> zeroinitializer
  %1234 = fsub <16 x float> %1135, %splat102
  %1235 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %1234, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %1236 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %1235, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %1237 = fadd <16 x float> %1236, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n103 = fadd <16 x float> %1237, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f104 = fsub <16 x float> %1236, %n103
  %1238 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f104, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %1239 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1238, <16 x float> %f104, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %1240 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1239, <16 x float> %f104, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %1241 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1240, <16 x float> %f104, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %1242 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1241, <16 x float> %f104, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %1243 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1242, <16 x float> %f104, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %1244 = fptosi <16 x float> %n103 to <16 x i32>
  %1245 = shl <16 x i32> %1244, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1246 = add <16 x i32> %1245, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %1247 = bitcast <16 x i32> %1246 to <16 x float>
  %exp2105 = fmul <16 x float> %1243, %1247
  %l = load <16 x float>, ptr %bl464, align 64
  %1248 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %l, <16 x float> %exp2, <16 x float> %exp2105)
  store <16 x float> %1248, ptr %bl464, align 64
  store float %1217, ptr %bm465, align 4
  %1249 = load <16 x float>, ptr %bacc463, align 64
  %1250 = fmul <16 x float> %1249, %exp2
  store <16 x float> %1250, ptr %bacc463, align 64
  %1251 = load <16 x float>, ptr %28, align 64
  %1252 = fmul <16 x float> %1251, %exp2
  store <16 x float> %1252, ptr %28, align 64
  %1253 = load <16 x float>, ptr %29, align 64
  %1254 = fmul <16 x float> %1253, %exp2
  store <16 x float> %1254, ptr %29, align 64
  %1255 = load <16 x float>, ptr %30, align 64
  %1256 = fmul <16 x float> %1255, %exp2
  store <16 x float> %1256, ptr %30, align 64
  %m106 = load float, ptr %31, align 4
  %1257 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %1151)
  %1258 = call float @llvm.maxnum.f32(float %m106, float %1257)
  %1259 = fsub float %m106, %1258
  %1260 = insertelement <16 x float> poison, float %1259, i64 0
  %splat107 = shufflevector <16 x float> %1260, <16 x float> poison, <16 x i32> zeroinitializer
  %1261 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat107, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %1262 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %1261, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %1263 = fadd <16 x float> %1262, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n108 = fadd <16 x float> %1263, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f109 = fsub <16 x float> %1262, %n108
  %1264 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f109, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %1265 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1264, <16 x float> %f109, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %1266 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1265, <16 x float> %f109, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %1267 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1266, <16 x float> %f109, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %1268 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1267, <16 x float> %f109, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %1269 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1268, <16 x float> %f109, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %1270 = fptosi <16 x float> %n108 to <16 x i32>
  %1271 = shl <16 x i32> %1270, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1272 = add <16 x i32> %1271, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %1273 = bitcast <16 x i32> %1272 to <16 x float>
  %exp2110 = fmul <16 x float> %1269, %1273
  %1274 = insertelement <16 x float> poison, float %1258, i64 0
  %splat111 = shufflevector <16 x float> %1274, <16 x float> poison, <16 x i32> zeroinitializer
  %1275 = fsub <16 x float> %1151, %splat111
  %1276 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %1275, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %1277 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %1276, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %1278 = fadd <16 x float> %1277, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n112 = fadd <16 x float> %1278, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f113 = fsub <16 x float> %1277, %n112
  %1279 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f113, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %1280 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1279, <16 x float> %f113, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %1281 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1280, <16 x float> %f113, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %1282 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1281, <16 x float> %f113, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %1283 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1282, <16 x float> %f113, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %1284 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1283, <16 x float> %f113, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %1285 = fptosi <16 x float> %n112 to <16 x i32>
  %1286 = shl <16 x i32> %1285, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1287 = add <16 x i32> %1286, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %1288 = bitcast <16 x i32> %1287 to <16 x float>
  %exp2114 = fmul <16 x float> %1284, %1288
  %l115 = load <16 x float>, ptr %32, align 64
  %1289 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %l115, <16 x float> %exp2110, <16 x float> %exp2114)
  store <16 x float> %1289, ptr %32, align 64
  store float %1258, ptr %31, align 4
  %1290 = load <16 x float>, ptr %33, align 64
  %1291 = fmul <16 x float> %1290, %exp2110
  store <16 x float> %1291, ptr %33, align 64
  %1292 = load <16 x float>, ptr %34, align 64
  %1293 = fmul <16 x float> %1292, %exp2110
  store <16 x float> %1293, ptr %34, align 64
  %1294 = load <16 x float>, ptr %35, align 64
  %1295 = fmul <16 x float> %1294, %exp2110
  store <16 x float> %1295, ptr %35, align 64
  %1296 = load <16 x float>, ptr %36, align 64
  %1297 = fmul <16 x float> %1296, %exp2110
  store <16 x float> %1297, ptr %36, align 64
  %m116 = load float, ptr %38, align 4
  %1298 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %1167)
  %1299 = call float @llvm.maxnum.f32(float %m116, float %1298)
  %1300 = fsub float %m116, %1299
  %1301 = insertelement <16 x float> poison, float %1300, i64 0
  %splat117 = shufflevector <16 x float> %1301, <16 x float> poison, <16 x i32> zeroinitializer
  %1302 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat117, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %1303 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %1302, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %1304 = fadd <16 x float> %1303, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n118 = fadd <16 x float> %1304, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f119 = fsub <16 x float> %1303, %n118
  %1305 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f119, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %1306 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1305, <16 x float> %f119, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %1307 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1306, <16 x float> %f119, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %1308 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1307, <16 x float> %f119, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %1309 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1308, <16 x float> %f119, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %1310 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1309, <16 x float> %f119, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %1311 = fptosi <16 x float> %n118 to <16 x i32>
  %1312 = shl <16 x i32> %1311, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1313 = add <16 x i32> %1312, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %1314 = bitcast <16 x i32> %1313 to <16 x float>
  %exp2120 = fmul <16 x float> %1310, %1314
  %1315 = insertelement <16 x float> poison, float %1299, i64 0
  %splat121 = shufflevector <16 x float> %1315, <16 x float> poison, <16 x i32> zeroinitializer
  %1316 = fsub <16 x float> %1167, %splat121
  %1317 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %1316, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %1318 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %1317, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %1319 = fadd <16 x float> %1318, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n122 = fadd <16 x float> %1319, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f123 = fsub <16 x float> %1318, %n122
  %1320 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f123, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %1321 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1320, <16 x float> %f123, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %1322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1321, <16 x float> %f123, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %1323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1322, <16 x float> %f123, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %1324 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1323, <16 x float> %f123, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %1325 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1324, <16 x float> %f123, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %1326 = fptosi <16 x float> %n122 to <16 x i32>
  %1327 = shl <16 x i32> %1326, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1328 = add <16 x i32> %1327, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %1329 = bitcast <16 x i32> %1328 to <16 x float>
  %exp2124 = fmul <16 x float> %1325, %1329
  %l125 = load <16 x float>, ptr %39, align 64
  %1330 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %l125, <16 x float> %exp2120, <16 x float> %exp2124)
  store <16 x float> %1330, ptr %39, align 64
  store float %1299, ptr %38, align 4
  %1331 = load <16 x float>, ptr %40, align 64
  %1332 = fmul <16 x float> %1331, %exp2120
  store <16 x float> %1332, ptr %40, align 64
  %1333 = load <16 x float>, ptr %41, align 64
  %1334 = fmul <16 x float> %1333, %exp2120
  store <16 x float> %1334, ptr %41, align 64
  %1335 = load <16 x float>, ptr %42, align 64
  %1336 = fmul <16 x float> %1335, %exp2120
  store <16 x float> %1336, ptr %42, align 64
  %1337 = load <16 x float>, ptr %43, align 64
  %1338 = fmul <16 x float> %1337, %exp2120
  store <16 x float> %1338, ptr %43, align 64
  %m126 = load float, ptr %45, align 4
  %1339 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %1183)
  %1340 = call float @llvm.maxnum.f32(float %m126, float %1339)
  %1341 = fsub float %m126, %1340
  %1342 = insertelement <16 x float> poison, float %1341, i64 0
  %splat127 = shufflevector <16 x float> %1342, <16 x float> poison, <16 x i32> zeroinitializer
  %1343 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat127, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %1344 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %1343, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %1345 = fadd <16 x float> %1344, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n128 = fadd <16 x float> %1345, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f129 = fsub <16 x float> %1344, %n128
  %1346 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f129, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %1347 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1346, <16 x float> %f129, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %1348 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1347, <16 x float> %f129, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %1349 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1348, <16 x float> %f129, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %1350 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1349, <16 x float> %f129, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %1351 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1350, <16 x float> %f129, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %1352 = fptosi <16 x float> %n128 to <16 x i32>
  %1353 = shl <16 x i32> %1352, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1354 = add <16 x i32> %1353, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %1355 = bitcast <16 x i32> %1354 to <16 x float>
  %exp2130 = fmul <16 x float> %1351, %1355
  %1356 = insertelement <16 x float> poison, float %1340, i64 0
  %splat131 = shufflevector <16 x float> %1356, <16 x float> poison, <16 x i32> zeroinitializer
  %1357 = fsub <16 x float> %1183, %splat131
  %1358 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %1357, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %1359 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %1358, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %1360 = fadd <16 x float> %1359, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n132 = fadd <16 x float> %1360, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f133 = fsub <16 x float> %1359, %n132
  %1361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f133, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %1362 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1361, <16 x float> %f133, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %1363 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1362, <16 x float> %f133, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %1364 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1363, <16 x float> %f133, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %1365 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1364, <16 x float> %f133, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %1366 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1365, <16 x float> %f133, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %1367 = fptosi <16 x float> %n132 to <16 x i32>
  %1368 = shl <16 x i32> %1367, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1369 = add <16 x i32> %1368, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %1370 = bitcast <16 x i32> %1369 to <16 x float>
  %exp2134 = fmul <16 x float> %1366, %1370
  %l135 = load <16 x float>, ptr %46, align 64
  %1371 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %l135, <16 x float> %exp2130, <16 x float> %exp2134)
  store <16 x float> %1371, ptr %46, align 64
  store float %1340, ptr %45, align 4
  %1372 = load <16 x float>, ptr %47, align 64
  %1373 = fmul <16 x float> %1372, %exp2130
  store <16 x float> %1373, ptr %47, align 64
  %1374 = load <16 x float>, ptr %48, align 64
  %1375 = fmul <16 x float> %1374, %exp2130
  store <16 x float> %1375, ptr %48, align 64
  %1376 = load <16 x float>, ptr %49, align 64
  %1377 = fmul <16 x float> %1376, %exp2130
  store <16 x float> %1377, ptr %49, align 64
  %1378 = load <16 x float>, ptr %50, align 64
  %1379 = fmul <16 x float> %1378, %exp2130
  store <16 x float> %1379, ptr %50, align 64
  %m136 = load float, ptr %52, align 4
  %1380 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %1199)
  %1381 = call float @llvm.maxnum.f32(float %m136, float %1380)
  %1382 = fsub float %m136, %1381
  %1383 = insertelement <16 x float> poison, float %1382, i64 0
  %splat137 = shufflevector <16 x float> %1383, <16 x float> poison, <16 x i32> zeroinitializer
  %1384 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat137, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %1385 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %1384, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %1386 = fadd <16 x float> %1385, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n138 = fadd <16 x float> %1386, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f139 = fsub <16 x float> %1385, %n138
  %1387 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f139, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %1388 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1387, <16 x float> %f139, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %1389 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1388, <16 x float> %f139, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %1390 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1389, <16 x float> %f139, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %1391 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1390, <16 x float> %f139, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %1392 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1391, <16 x float> %f139, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %1393 = fptosi <16 x float> %n138 to <16 x i32>
  %1394 = shl <16 x i32> %1393, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1395 = add <16 x i32> %1394, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %1396 = bitcast <16 x i32> %1395 to <16 x float>
  %exp2140 = fmul <16 x float> %1392, %1396
  %1397 = insertelement <16 x float> poison, float %1381, i64 0
  %splat141 = shufflevector <16 x float> %1397, <16 x float> poison, <16 x i32> zeroinitializer
  %1398 = fsub <16 x float> %1199, %splat141
  %1399 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %1398, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %1400 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %1399, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %1401 = fadd <16 x float> %1400, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n142 = fadd <16 x float> %1401, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f143 = fsub <16 x float> %1400, %n142
  %1402 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f143, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %1403 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1402, <16 x float> %f143, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %1404 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1403, <16 x float> %f143, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %1405 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1404, <16 x float> %f143, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %1406 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1405, <16 x float> %f143, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %1407 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1406, <16 x float> %f143, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %1408 = fptosi <16 x float> %n142 to <16 x i32>
  %1409 = shl <16 x i32> %1408, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1410 = add <16 x i32> %1409, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %1411 = bitcast <16 x i32> %1410 to <16 x float>
  %exp2144 = fmul <16 x float> %1407, %1411
  %l145 = load <16 x float>, ptr %53, align 64
  %1412 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %l145, <16 x float> %exp2140, <16 x float> %exp2144)
  store <16 x float> %1412, ptr %53, align 64
  store float %1381, ptr %52, align 4
  %1413 = load <16 x float>, ptr %54, align 64
  %1414 = fmul <16 x float> %1413, %exp2140
  store <16 x float> %1414, ptr %54, align 64
  %1415 = load <16 x float>, ptr %55, align 64
  %1416 = fmul <16 x float> %1415, %exp2140
  store <16 x float> %1416, ptr %55, align 64
  %1417 = load <16 x float>, ptr %56, align 64
  %1418 = fmul <16 x float> %1417, %exp2140
  store <16 x float> %1418, ptr %56, align 64
  %1419 = load <16 x float>, ptr %57, align 64
  %1420 = fmul <16 x float> %1419, %exp2140
  store <16 x float> %1420, ptr %57, align 64
  %m146 = load float, ptr %59, align 4
  %1421 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %1215)
  %1422 = call float @llvm.maxnum.f32(float %m146, float %1421)
  %1423 = fsub float %m146, %1422
  %1424 = insertelement <16 x float> poison, float %1423, i64 0
  %splat147 = shufflevector <16 x float> %1424, <16 x float> poison, <16 x i32> zeroinitializer
  %1425 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat147, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %1426 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %1425, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %1427 = fadd <16 x float> %1426, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n148 = fadd <16 x float> %1427, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f149 = fsub <16 x float> %1426, %n148
  %1428 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f149, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %1429 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1428, <16 x float> %f149, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %1430 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1429, <16 x float> %f149, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %1431 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1430, <16 x float> %f149, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %1432 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1431, <16 x float> %f149, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %1433 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1432, <16 x float> %f149, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %1434 = fptosi <16 x float> %n148 to <16 x i32>
  %1435 = shl <16 x i32> %1434, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1436 = add <16 x i32> %1435, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %1437 = bitcast <16 x i32> %1436 to <16 x float>
  %exp2150 = fmul <16 x float> %1433, %1437
  %1438 = insertelement <16 x float> poison, float %1422, i64 0
  %splat151 = shufflevector <16 x float> %1438, <16 x float> poison, <16 x i32> zeroinitializer
  %1439 = fsub <16 x float> %1215, %splat151
  %1440 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %1439, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %1441 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %1440, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %1442 = fadd <16 x float> %1441, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n152 = fadd <16 x float> %1442, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f153 = fsub <16 x float> %1441, %n152
  %1443 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f153, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %1444 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1443, <16 x float> %f153, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %1445 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1444, <16 x float> %f153, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %1446 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1445, <16 x float> %f153, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %1447 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1446, <16 x float> %f153, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %1448 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1447, <16 x float> %f153, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %1449 = fptosi <16 x float> %n152 to <16 x i32>
  %1450 = shl <16 x i32> %1449, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1451 = add <16 x i32> %1450, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %1452 = bitcast <16 x i32> %1451 to <16 x float>
  %exp2154 = fmul <16 x float> %1448, %1452
  %l155 = load <16 x float>, ptr %60, align 64
  %1453 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %l155, <16 x float> %exp2150, <16 x float> %exp2154)
  store <16 x float> %1453, ptr %60, align 64
  store float %1422, ptr %59, align 4
  %1454 = load <16 x float>, ptr %61, align 64
  %1455 = fmul <16 x float> %1454, %exp2150
  store <16 x float> %1455, ptr %61, align 64
  %1456 = load <16 x float>, ptr %62, align 64
  %1457 = fmul <16 x float> %1456, %exp2150
  store <16 x float> %1457, ptr %62, align 64
  %1458 = load <16 x float>, ptr %63, align 64
  %1459 = fmul <16 x float> %1458, %exp2150
  store <16 x float> %1459, ptr %63, align 64
  %1460 = load <16 x float>, ptr %64, align 64
  %1461 = fmul <16 x float> %1460, %exp2150
  store <16 x float> %1461, ptr %64, align 64
  %1462 = getelementptr i8, ptr %21, i64 %260
  %1463 = load <16 x i16>, ptr %1462, align 2
  %1464 = zext <16 x i16> %1463 to <16 x i32>
  %1465 = shl nuw <16 x i32> %1464, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16156 = bitcast <16 x i32> %1465 to <16 x float>
  %1466 = load <16 x float>, ptr %bacc463, align 64
  %1467 = shufflevector <16 x float> %exp2105, <16 x float> poison, <16 x i32> zeroinitializer
  %1468 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1467, <16 x float> %bf16156, <16 x float> %1466)
  store <16 x float> %1468, ptr %bacc463, align 64
  %1469 = load <16 x float>, ptr %33, align 64
  %1470 = shufflevector <16 x float> %exp2114, <16 x float> poison, <16 x i32> zeroinitializer
  %1471 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1470, <16 x float> %bf16156, <16 x float> %1469)
  store <16 x float> %1471, ptr %33, align 64
  %1472 = load <16 x float>, ptr %40, align 64
  %1473 = shufflevector <16 x float> %exp2124, <16 x float> poison, <16 x i32> zeroinitializer
  %1474 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1473, <16 x float> %bf16156, <16 x float> %1472)
  store <16 x float> %1474, ptr %40, align 64
  %1475 = load <16 x float>, ptr %47, align 64
  %1476 = shufflevector <16 x float> %exp2134, <16 x float> poison, <16 x i32> zeroinitializer
  %1477 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1476, <16 x float> %bf16156, <16 x float> %1475)
  store <16 x float> %1477, ptr %47, align 64
  %1478 = shufflevector <16 x float> %exp2144, <16 x float> poison, <16 x i32> zeroinitializer
  %1479 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1478, <16 x float> %bf16156, <16 x float> %1414)
  store <16 x float> %1479, ptr %54, align 64
  %1480 = shufflevector <16 x float> %exp2154, <16 x float> poison, <16 x i32> zeroinitializer
  %1481 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1480, <16 x float> %bf16156, <16 x float> %1455)
  store <16 x float> %1481, ptr %61, align 64
  %1482 = getelementptr i8, ptr %1462, i64 32
  %1483 = load <16 x i16>, ptr %1482, align 2
  %1484 = zext <16 x i16> %1483 to <16 x i32>
  %1485 = shl nuw <16 x i32> %1484, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16157 = bitcast <16 x i32> %1485 to <16 x float>
  %1486 = load <16 x float>, ptr %28, align 64
  %1487 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1467, <16 x float> %bf16157, <16 x float> %1486)
  store <16 x float> %1487, ptr %28, align 64
  %1488 = load <16 x float>, ptr %34, align 64
  %1489 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1470, <16 x float> %bf16157, <16 x float> %1488)
  store <16 x float> %1489, ptr %34, align 64
  %1490 = load <16 x float>, ptr %41, align 64
  %1491 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1473, <16 x float> %bf16157, <16 x float> %1490)
  store <16 x float> %1491, ptr %41, align 64
  %1492 = load <16 x float>, ptr %48, align 64
  %1493 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1476, <16 x float> %bf16157, <16 x float> %1492)
  store <16 x float> %1493, ptr %48, align 64
  %1494 = load <16 x float>, ptr %55, align 64
  %1495 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1478, <16 x float> %bf16157, <16 x float> %1494)
  store <16 x float> %1495, ptr %55, align 64
  %1496 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1480, <16 x float> %bf16157, <16 x float> %1457)
  store <16 x float> %1496, ptr %62, align 64
  %1497 = getelementptr i8, ptr %1462, i64 64
  %1498 = load <16 x i16>, ptr %1497, align 2
  %1499 = zext <16 x i16> %1498 to <16 x i32>
  %1500 = shl nuw <16 x i32> %1499, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16158 = bitcast <16 x i32> %1500 to <16 x float>
  %1501 = load <16 x float>, ptr %29, align 64
  %1502 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1467, <16 x float> %bf16158, <16 x float> %1501)
  store <16 x float> %1502, ptr %29, align 64
  %1503 = load <16 x float>, ptr %35, align 64
  %1504 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1470, <16 x float> %bf16158, <16 x float> %1503)
  store <16 x float> %1504, ptr %35, align 64
  %1505 = load <16 x float>, ptr %42, align 64
  %1506 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1473, <16 x float> %bf16158, <16 x float> %1505)
  store <16 x float> %1506, ptr %42, align 64
  %1507 = load <16 x float>, ptr %49, align 64
  %1508 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1476, <16 x float> %bf16158, <16 x float> %1507)
  store <16 x float> %1508, ptr %49, align 64
  %1509 = load <16 x float>, ptr %56, align 64
  %1510 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1478, <16 x float> %bf16158, <16 x float> %1509)
  store <16 x float> %1510, ptr %56, align 64
  %1511 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1480, <16 x float> %bf16158, <16 x float> %1459)
  store <16 x float> %1511, ptr %63, align 64
  %1512 = getelementptr i8, ptr %1462, i64 96
  %1513 = load <16 x i16>, ptr %1512, align 2
  %1514 = zext <16 x i16> %1513 to <16 x i32>
  %1515 = shl nuw <16 x i32> %1514, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16159 = bitcast <16 x i32> %1515 to <16 x float>
  %1516 = load <16 x float>, ptr %30, align 64
  %1517 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1467, <16 x float> %bf16159, <16 x float> %1516)
  store <16 x float> %1517, ptr %30, align 64
  %1518 = load <16 x float>, ptr %36, align 64
  %1519 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1470, <16 x float> %bf16159, <16 x float> %1518)
  store <16 x float> %1519, ptr %36, align 64
  %1520 = load <16 x float>, ptr %43, align 64
  %1521 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1473, <16 x float> %bf16159, <16 x float> %1520)
  store <16 x float> %1521, ptr %43, align 64
  %1522 = load <16 x float>, ptr %50, align 64
  %1523 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1476, <16 x float> %bf16159, <16 x float> %1522)
  store <16 x float> %1523, ptr %50, align 64
  %1524 = load <16 x float>, ptr %57, align 64
  %1525 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1478, <16 x float> %bf16159, <16 x float> %1524)
  store <16 x float> %1525, ptr %57, align 64
  %1526 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1480, <16 x float> %bf16159, <16 x float> %1461)
  store <16 x float> %1526, ptr %64, align 64
  %1527 = getelementptr i8, ptr %21, i64 %303
  %1528 = load <16 x i16>, ptr %1527, align 2
  %1529 = zext <16 x i16> %1528 to <16 x i32>
  %1530 = shl nuw <16 x i32> %1529, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16160 = bitcast <16 x i32> %1530 to <16 x float>
  %1531 = shufflevector <16 x float> %exp2105, <16 x float> poison, <16 x i32> <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1532 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1531, <16 x float> %bf16160, <16 x float> %1468)
  store <16 x float> %1532, ptr %bacc463, align 64
  %1533 = shufflevector <16 x float> %exp2114, <16 x float> poison, <16 x i32> <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1534 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1533, <16 x float> %bf16160, <16 x float> %1471)
  store <16 x float> %1534, ptr %33, align 64
  %1535 = shufflevector <16 x float> %exp2124, <16 x float> poison, <16 x i32> <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1536 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1535, <16 x float> %bf16160, <16 x float> %1474)
  store <16 x float> %1536, ptr %40, align 64
  %1537 = shufflevector <16 x float> %exp2134, <16 x float> poison, <16 x i32> <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1538 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1537, <16 x float> %bf16160, <16 x float> %1477)
  store <16 x float> %1538, ptr %47, align 64
  %1539 = shufflevector <16 x float> %exp2144, <16 x float> poison, <16 x i32> <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1540 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1539, <16 x float> %bf16160, <16 x float> %1479)
  store <16 x float> %1540, ptr %54, align 64
  %1541 = shufflevector <16 x float> %exp2154, <16 x float> poison, <16 x i32> <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1542 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1541, <16 x float> %bf16160, <16 x float> %1481)
  store <16 x float> %1542, ptr %61, align 64
  %1543 = getelementptr i8, ptr %1527, i64 32
  %1544 = load <16 x i16>, ptr %1543, align 2
  %1545 = zext <16 x i16> %1544 to <16 x i32>
  %1546 = shl nuw <16 x i32> %1545, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16161 = bitcast <16 x i32> %1546 to <16 x float>
  %1547 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1531, <16 x float> %bf16161, <16 x float> %1487)
  store <16 x float> %1547, ptr %28, align 64
  %1548 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1533, <16 x float> %bf16161, <16 x float> %1489)
  store <16 x float> %1548, ptr %34, align 64
  %1549 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1535, <16 x float> %bf16161, <16 x float> %1491)
  store <16 x float> %1549, ptr %41, align 64
  %1550 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1537, <16 x float> %bf16161, <16 x float> %1493)
  store <16 x float> %1550, ptr %48, align 64
  %1551 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1539, <16 x float> %bf16161, <16 x float> %1495)
  store <16 x float> %1551, ptr %55, align 64
  %1552 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1541, <16 x float> %bf16161, <16 x float> %1496)
  store <16 x float> %1552, ptr %62, align 64
  %1553 = getelementptr i8, ptr %1527, i64 64
  %1554 = load <16 x i16>, ptr %1553, align 2
  %1555 = zext <16 x i16> %1554 to <16 x i32>
  %1556 = shl nuw <16 x i32> %1555, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16162 = bitcast <16 x i32> %1556 to <16 x float>
  %1557 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1531, <16 x float> %bf16162, <16 x float> %1502)
  store <16 x float> %1557, ptr %29, align 64
  %1558 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1533, <16 x float> %bf16162, <16 x float> %1504)
  store <16 x float> %1558, ptr %35, align 64
  %1559 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1535, <16 x float> %bf16162, <16 x float> %1506)
  store <16 x float> %1559, ptr %42, align 64
  %1560 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1537, <16 x float> %bf16162, <16 x float> %1508)
  store <16 x float> %1560, ptr %49, align 64
  %1561 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1539, <16 x float> %bf16162, <16 x float> %1510)
  store <16 x float> %1561, ptr %56, align 64
  %1562 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1541, <16 x float> %bf16162, <16 x float> %1511)
  store <16 x float> %1562, ptr %63, align 64
  %1563 = getelementptr i8, ptr %1527, i64 96
  %1564 = load <16 x i16>, ptr %1563, align 2
  %1565 = zext <16 x i16> %1564 to <16 x i32>
  %1566 = shl nuw <16 x i32> %1565, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16163 = bitcast <16 x i32> %1566 to <16 x float>
  %1567 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1531, <16 x float> %bf16163, <16 x float> %1517)
  store <16 x float> %1567, ptr %30, align 64
  %1568 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1533, <16 x float> %bf16163, <16 x float> %1519)
  store <16 x float> %1568, ptr %36, align 64
  %1569 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1535, <16 x float> %bf16163, <16 x float> %1521)
  store <16 x float> %1569, ptr %43, align 64
  %1570 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1537, <16 x float> %bf16163, <16 x float> %1523)
  store <16 x float> %1570, ptr %50, align 64
  %1571 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1539, <16 x float> %bf16163, <16 x float> %1525)
  store <16 x float> %1571, ptr %57, align 64
  %1572 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1541, <16 x float> %bf16163, <16 x float> %1526)
  store <16 x float> %1572, ptr %64, align 64
  %1573 = getelementptr i8, ptr %21, i64 %364
  %1574 = load <16 x i16>, ptr %1573, align 2
  %1575 = zext <16 x i16> %1574 to <16 x i32>
  %1576 = shl nuw <16 x i32> %1575, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16164 = bitcast <16 x i32> %1576 to <16 x float>
  %1577 = shufflevector <16 x float> %exp2105, <16 x float> poison, <16 x i32> <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %1578 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1577, <16 x float> %bf16164, <16 x float> %1532)
  store <16 x float> %1578, ptr %bacc463, align 64
  %1579 = shufflevector <16 x float> %exp2114, <16 x float> poison, <16 x i32> <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %1580 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1579, <16 x float> %bf16164, <16 x float> %1534)
  store <16 x float> %1580, ptr %33, align 64
  %1581 = shufflevector <16 x float> %exp2124, <16 x float> poison, <16 x i32> <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %1582 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1581, <16 x float> %bf16164, <16 x float> %1536)
  store <16 x float> %1582, ptr %40, align 64
  %1583 = shufflevector <16 x float> %exp2134, <16 x float> poison, <16 x i32> <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %1584 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1583, <16 x float> %bf16164, <16 x float> %1538)
  store <16 x float> %1584, ptr %47, align 64
  %1585 = shufflevector <16 x float> %exp2144, <16 x float> poison, <16 x i32> <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %1586 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1585, <16 x float> %bf16164, <16 x float> %1540)
  store <16 x float> %1586, ptr %54, align 64
  %1587 = shufflevector <16 x float> %exp2154, <16 x float> poison, <16 x i32> <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %1588 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1587, <16 x float> %bf16164, <16 x float> %1542)
  store <16 x float> %1588, ptr %61, align 64
  %1589 = getelementptr i8, ptr %1573, i64 32
  %1590 = load <16 x i16>, ptr %1589, align 2
  %1591 = zext <16 x i16> %1590 to <16 x i32>
  %1592 = shl nuw <16 x i32> %1591, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16165 = bitcast <16 x i32> %1592 to <16 x float>
  %1593 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1577, <16 x float> %bf16165, <16 x float> %1547)
  store <16 x float> %1593, ptr %28, align 64
  %1594 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1579, <16 x float> %bf16165, <16 x float> %1548)
  store <16 x float> %1594, ptr %34, align 64
  %1595 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1581, <16 x float> %bf16165, <16 x float> %1549)
  store <16 x float> %1595, ptr %41, align 64
  %1596 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1583, <16 x float> %bf16165, <16 x float> %1550)
  store <16 x float> %1596, ptr %48, align 64
  %1597 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1585, <16 x float> %bf16165, <16 x float> %1551)
  store <16 x float> %1597, ptr %55, align 64
  %1598 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1587, <16 x float> %bf16165, <16 x float> %1552)
  store <16 x float> %1598, ptr %62, align 64
  %1599 = getelementptr i8, ptr %1573, i64 64
  %1600 = load <16 x i16>, ptr %1599, align 2
  %1601 = zext <16 x i16> %1600 to <16 x i32>
  %1602 = shl nuw <16 x i32> %1601, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16166 = bitcast <16 x i32> %1602 to <16 x float>
  %1603 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1577, <16 x float> %bf16166, <16 x float> %1557)
  store <16 x float> %1603, ptr %29, align 64
  %1604 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1579, <16 x float> %bf16166, <16 x float> %1558)
  store <16 x float> %1604, ptr %35, align 64
  %1605 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1581, <16 x float> %bf16166, <16 x float> %1559)
  store <16 x float> %1605, ptr %42, align 64
  %1606 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1583, <16 x float> %bf16166, <16 x float> %1560)
  store <16 x float> %1606, ptr %49, align 64
  %1607 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1585, <16 x float> %bf16166, <16 x float> %1561)
  store <16 x float> %1607, ptr %56, align 64
  %1608 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1587, <16 x float> %bf16166, <16 x float> %1562)
  store <16 x float> %1608, ptr %63, align 64
  %1609 = getelementptr i8, ptr %1573, i64 96
  %1610 = load <16 x i16>, ptr %1609, align 2
  %1611 = zext <16 x i16> %1610 to <16 x i32>
  %1612 = shl nuw <16 x i32> %1611, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16167 = bitcast <16 x i32> %1612 to <16 x float>
  %1613 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1577, <16 x float> %bf16167, <16 x float> %1567)
  store <16 x float> %1613, ptr %30, align 64
  %1614 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1579, <16 x float> %bf16167, <16 x float> %1568)
  store <16 x float> %1614, ptr %36, align 64
  %1615 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1581, <16 x float> %bf16167, <16 x float> %1569)
  store <16 x float> %1615, ptr %43, align 64
  %1616 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1583, <16 x float> %bf16167, <16 x float> %1570)
  store <16 x float> %1616, ptr %50, align 64
  %1617 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1585, <16 x float> %bf16167, <16 x float> %1571)
  store <16 x float> %1617, ptr %57, align 64
  %1618 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1587, <16 x float> %bf16167, <16 x float> %1572)
  store <16 x float> %1618, ptr %64, align 64
  %1619 = getelementptr i8, ptr %21, i64 %407
  %1620 = load <16 x i16>, ptr %1619, align 2
  %1621 = zext <16 x i16> %1620 to <16 x i32>
  %1622 = shl nuw <16 x i32> %1621, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16168 = bitcast <16 x i32> %1622 to <16 x float>
  %1623 = shufflevector <16 x float> %exp2105, <16 x float> poison, <16 x i32> <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %1624 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1623, <16 x float> %bf16168, <16 x float> %1578)
  store <16 x float> %1624, ptr %bacc463, align 64
  %1625 = shufflevector <16 x float> %exp2114, <16 x float> poison, <16 x i32> <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %1626 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1625, <16 x float> %bf16168, <16 x float> %1580)
  store <16 x float> %1626, ptr %33, align 64
  %1627 = shufflevector <16 x float> %exp2124, <16 x float> poison, <16 x i32> <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %1628 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1627, <16 x float> %bf16168, <16 x float> %1582)
  store <16 x float> %1628, ptr %40, align 64
  %1629 = shufflevector <16 x float> %exp2134, <16 x float> poison, <16 x i32> <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %1630 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1629, <16 x float> %bf16168, <16 x float> %1584)
  store <16 x float> %1630, ptr %47, align 64
  %1631 = shufflevector <16 x float> %exp2144, <16 x float> poison, <16 x i32> <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %1632 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1631, <16 x float> %bf16168, <16 x float> %1586)
  store <16 x float> %1632, ptr %54, align 64
  %1633 = shufflevector <16 x float> %exp2154, <16 x float> poison, <16 x i32> <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %1634 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1633, <16 x float> %bf16168, <16 x float> %1588)
  store <16 x float> %1634, ptr %61, align 64
  %1635 = getelementptr i8, ptr %1619, i64 32
  %1636 = load <16 x i16>, ptr %1635, align 2
  %1637 = zext <16 x i16> %1636 to <16 x i32>
  %1638 = shl nuw <16 x i32> %1637, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16169 = bitcast <16 x i32> %1638 to <16 x float>
  %1639 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1623, <16 x float> %bf16169, <16 x float> %1593)
  store <16 x float> %1639, ptr %28, align 64
  %1640 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1625, <16 x float> %bf16169, <16 x float> %1594)
  store <16 x float> %1640, ptr %34, align 64
  %1641 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1627, <16 x float> %bf16169, <16 x float> %1595)
  store <16 x float> %1641, ptr %41, align 64
  %1642 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1629, <16 x float> %bf16169, <16 x float> %1596)
  store <16 x float> %1642, ptr %48, align 64
  %1643 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1631, <16 x float> %bf16169, <16 x float> %1597)
  store <16 x float> %1643, ptr %55, align 64
  %1644 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1633, <16 x float> %bf16169, <16 x float> %1598)
  store <16 x float> %1644, ptr %62, align 64
  %1645 = getelementptr i8, ptr %1619, i64 64
  %1646 = load <16 x i16>, ptr %1645, align 2
  %1647 = zext <16 x i16> %1646 to <16 x i32>
  %1648 = shl nuw <16 x i32> %1647, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16170 = bitcast <16 x i32> %1648 to <16 x float>
  %1649 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1623, <16 x float> %bf16170, <16 x float> %1603)
  store <16 x float> %1649, ptr %29, align 64
  %1650 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1625, <16 x float> %bf16170, <16 x float> %1604)
  store <16 x float> %1650, ptr %35, align 64
  %1651 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1627, <16 x float> %bf16170, <16 x float> %1605)
  store <16 x float> %1651, ptr %42, align 64
  %1652 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1629, <16 x float> %bf16170, <16 x float> %1606)
  store <16 x float> %1652, ptr %49, align 64
  %1653 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1631, <16 x float> %bf16170, <16 x float> %1607)
  store <16 x float> %1653, ptr %56, align 64
  %1654 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1633, <16 x float> %bf16170, <16 x float> %1608)
  store <16 x float> %1654, ptr %63, align 64
  %1655 = getelementptr i8, ptr %1619, i64 96
  %1656 = load <16 x i16>, ptr %1655, align 2
  %1657 = zext <16 x i16> %1656 to <16 x i32>
  %1658 = shl nuw <16 x i32> %1657, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16171 = bitcast <16 x i32> %1658 to <16 x float>
  %1659 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1623, <16 x float> %bf16171, <16 x float> %1613)
  store <16 x float> %1659, ptr %30, align 64
  %1660 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1625, <16 x float> %bf16171, <16 x float> %1614)
  store <16 x float> %1660, ptr %36, align 64
  %1661 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1627, <16 x float> %bf16171, <16 x float> %1615)
  store <16 x float> %1661, ptr %43, align 64
  %1662 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1629, <16 x float> %bf16171, <16 x float> %1616)
  store <16 x float> %1662, ptr %50, align 64
  %1663 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1631, <16 x float> %bf16171, <16 x float> %1617)
  store <16 x float> %1663, ptr %57, align 64
  %1664 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1633, <16 x float> %bf16171, <16 x float> %1618)
  store <16 x float> %1664, ptr %64, align 64
  %1665 = getelementptr i8, ptr %21, i64 %486
  %1666 = load <16 x i16>, ptr %1665, align 2
  %1667 = zext <16 x i16> %1666 to <16 x i32>
  %1668 = shl nuw <16 x i32> %1667, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16172 = bitcast <16 x i32> %1668 to <16 x float>
  %1669 = shufflevector <16 x float> %exp2105, <16 x float> poison, <16 x i32> <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %1670 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1669, <16 x float> %bf16172, <16 x float> %1624)
  store <16 x float> %1670, ptr %bacc463, align 64
  %1671 = shufflevector <16 x float> %exp2114, <16 x float> poison, <16 x i32> <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %1672 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1671, <16 x float> %bf16172, <16 x float> %1626)
  store <16 x float> %1672, ptr %33, align 64
  %1673 = shufflevector <16 x float> %exp2124, <16 x float> poison, <16 x i32> <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %1674 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1673, <16 x float> %bf16172, <16 x float> %1628)
  store <16 x float> %1674, ptr %40, align 64
  %1675 = shufflevector <16 x float> %exp2134, <16 x float> poison, <16 x i32> <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %1676 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1675, <16 x float> %bf16172, <16 x float> %1630)
  store <16 x float> %1676, ptr %47, align 64
  %1677 = shufflevector <16 x float> %exp2144, <16 x float> poison, <16 x i32> <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %1678 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1677, <16 x float> %bf16172, <16 x float> %1632)
  store <16 x float> %1678, ptr %54, align 64
  %1679 = shufflevector <16 x float> %exp2154, <16 x float> poison, <16 x i32> <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %1680 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1679, <16 x float> %bf16172, <16 x float> %1634)
  store <16 x float> %1680, ptr %61, align 64
  %1681 = getelementptr i8, ptr %1665, i64 32
  %1682 = load <16 x i16>, ptr %1681, align 2
  %1683 = zext <16 x i16> %1682 to <16 x i32>
  %1684 = shl nuw <16 x i32> %1683, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16173 = bitcast <16 x i32> %1684 to <16 x float>
  %1685 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1669, <16 x float> %bf16173, <16 x float> %1639)
  store <16 x float> %1685, ptr %28, align 64
  %1686 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1671, <16 x float> %bf16173, <16 x float> %1640)
  store <16 x float> %1686, ptr %34, align 64
  %1687 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1673, <16 x float> %bf16173, <16 x float> %1641)
  store <16 x float> %1687, ptr %41, align 64
  %1688 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1675, <16 x float> %bf16173, <16 x float> %1642)
  store <16 x float> %1688, ptr %48, align 64
  %1689 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1677, <16 x float> %bf16173, <16 x float> %1643)
  store <16 x float> %1689, ptr %55, align 64
  %1690 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1679, <16 x float> %bf16173, <16 x float> %1644)
  store <16 x float> %1690, ptr %62, align 64
  %1691 = getelementptr i8, ptr %1665, i64 64
  %1692 = load <16 x i16>, ptr %1691, align 2
  %1693 = zext <16 x i16> %1692 to <16 x i32>
  %1694 = shl nuw <16 x i32> %1693, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16174 = bitcast <16 x i32> %1694 to <16 x float>
  %1695 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1669, <16 x float> %bf16174, <16 x float> %1649)
  store <16 x float> %1695, ptr %29, align 64
  %1696 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1671, <16 x float> %bf16174, <16 x float> %1650)
  store <16 x float> %1696, ptr %35, align 64
  %1697 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1673, <16 x float> %bf16174, <16 x float> %1651)
  store <16 x float> %1697, ptr %42, align 64
  %1698 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1675, <16 x float> %bf16174, <16 x float> %1652)
  store <16 x float> %1698, ptr %49, align 64
  %1699 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1677, <16 x float> %bf16174, <16 x float> %1653)
  store <16 x float> %1699, ptr %56, align 64
  %1700 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1679, <16 x float> %bf16174, <16 x float> %1654)
  store <16 x float> %1700, ptr %63, align 64
  %1701 = getelementptr i8, ptr %1665, i64 96
  %1702 = load <16 x i16>, ptr %1701, align 2
  %1703 = zext <16 x i16> %1702 to <16 x i32>
  %1704 = shl nuw <16 x i32> %1703, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16175 = bitcast <16 x i32> %1704 to <16 x float>
  %1705 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1669, <16 x float> %bf16175, <16 x float> %1659)
  store <16 x float> %1705, ptr %30, align 64
  %1706 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1671, <16 x float> %bf16175, <16 x float> %1660)
  store <16 x float> %1706, ptr %36, align 64
  %1707 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1673, <16 x float> %bf16175, <16 x float> %1661)
  store <16 x float> %1707, ptr %43, align 64
  %1708 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1675, <16 x float> %bf16175, <16 x float> %1662)
  store <16 x float> %1708, ptr %50, align 64
  %1709 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1677, <16 x float> %bf16175, <16 x float> %1663)
  store <16 x float> %1709, ptr %57, align 64
  %1710 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1679, <16 x float> %bf16175, <16 x float> %1664)
  store <16 x float> %1710, ptr %64, align 64
  %1711 = getelementptr i8, ptr %21, i64 %529
  %1712 = load <16 x i16>, ptr %1711, align 2
  %1713 = zext <16 x i16> %1712 to <16 x i32>
  %1714 = shl nuw <16 x i32> %1713, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16176 = bitcast <16 x i32> %1714 to <16 x float>
  %1715 = shufflevector <16 x float> %exp2105, <16 x float> poison, <16 x i32> <i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5>
  %1716 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1715, <16 x float> %bf16176, <16 x float> %1670)
  store <16 x float> %1716, ptr %bacc463, align 64
  %1717 = shufflevector <16 x float> %exp2114, <16 x float> poison, <16 x i32> <i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5>
  %1718 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1717, <16 x float> %bf16176, <16 x float> %1672)
  store <16 x float> %1718, ptr %33, align 64
  %1719 = shufflevector <16 x float> %exp2124, <16 x float> poison, <16 x i32> <i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5>
  %1720 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1719, <16 x float> %bf16176, <16 x float> %1674)
  store <16 x float> %1720, ptr %40, align 64
  %1721 = shufflevector <16 x float> %exp2134, <16 x float> poison, <16 x i32> <i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5>
  %1722 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1721, <16 x float> %bf16176, <16 x float> %1676)
  store <16 x float> %1722, ptr %47, align 64
  %1723 = shufflevector <16 x float> %exp2144, <16 x float> poison, <16 x i32> <i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5>
  %1724 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1723, <16 x float> %bf16176, <16 x float> %1678)
  store <16 x float> %1724, ptr %54, align 64
  %1725 = shufflevector <16 x float> %exp2154, <16 x float> poison, <16 x i32> <i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5>
  %1726 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1725, <16 x float> %bf16176, <16 x float> %1680)
  store <16 x float> %1726, ptr %61, align 64
  %1727 = getelementptr i8, ptr %1711, i64 32
  %1728 = load <16 x i16>, ptr %1727, align 2
  %1729 = zext <16 x i16> %1728 to <16 x i32>
  %1730 = shl nuw <16 x i32> %1729, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16177 = bitcast <16 x i32> %1730 to <16 x float>
  %1731 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1715, <16 x float> %bf16177, <16 x float> %1685)
  store <16 x float> %1731, ptr %28, align 64
  %1732 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1717, <16 x float> %bf16177, <16 x float> %1686)
  store <16 x float> %1732, ptr %34, align 64
  %1733 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1719, <16 x float> %bf16177, <16 x float> %1687)
  store <16 x float> %1733, ptr %41, align 64
  %1734 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1721, <16 x float> %bf16177, <16 x float> %1688)
  store <16 x float> %1734, ptr %48, align 64
  %1735 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1723, <16 x float> %bf16177, <16 x float> %1689)
  store <16 x float> %1735, ptr %55, align 64
  %1736 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1725, <16 x float> %bf16177, <16 x float> %1690)
  store <16 x float> %1736, ptr %62, align 64
  %1737 = getelementptr i8, ptr %1711, i64 64
  %1738 = load <16 x i16>, ptr %1737, align 2
  %1739 = zext <16 x i16> %1738 to <16 x i32>
  %1740 = shl nuw <16 x i32> %1739, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16178 = bitcast <16 x i32> %1740 to <16 x float>
  %1741 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1715, <16 x float> %bf16178, <16 x float> %1695)
  store <16 x float> %1741, ptr %29, align 64
  %1742 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1717, <16 x float> %bf16178, <16 x float> %1696)
  store <16 x float> %1742, ptr %35, align 64
  %1743 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1719, <16 x float> %bf16178, <16 x float> %1697)
  store <16 x float> %1743, ptr %42, align 64
  %1744 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1721, <16 x float> %bf16178, <16 x float> %1698)
  store <16 x float> %1744, ptr %49, align 64
  %1745 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1723, <16 x float> %bf16178, <16 x float> %1699)
  store <16 x float> %1745, ptr %56, align 64
  %1746 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1725, <16 x float> %bf16178, <16 x float> %1700)
  store <16 x float> %1746, ptr %63, align 64
  %1747 = getelementptr i8, ptr %1711, i64 96
  %1748 = load <16 x i16>, ptr %1747, align 2
  %1749 = zext <16 x i16> %1748 to <16 x i32>
  %1750 = shl nuw <16 x i32> %1749, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16179 = bitcast <16 x i32> %1750 to <16 x float>
  %1751 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1715, <16 x float> %bf16179, <16 x float> %1705)
  store <16 x float> %1751, ptr %30, align 64
  %1752 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1717, <16 x float> %bf16179, <16 x float> %1706)
  store <16 x float> %1752, ptr %36, align 64
  %1753 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1719, <16 x float> %bf16179, <16 x float> %1707)
  store <16 x float> %1753, ptr %43, align 64
  %1754 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1721, <16 x float> %bf16179, <16 x float> %1708)
  store <16 x float> %1754, ptr %50, align 64
  %1755 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1723, <16 x float> %bf16179, <16 x float> %1709)
  store <16 x float> %1755, ptr %57, align 64
  %1756 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1725, <16 x float> %bf16179, <16 x float> %1710)
  store <16 x float> %1756, ptr %64, align 64
  %1757 = getelementptr i8, ptr %21, i64 %590
  %1758 = load <16 x i16>, ptr %1757, align 2
  %1759 = zext <16 x i16> %1758 to <16 x i32>
  %1760 = shl nuw <16 x i32> %1759, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16180 = bitcast <16 x i32> %1760 to <16 x float>
  %1761 = shufflevector <16 x float> %exp2105, <16 x float> poison, <16 x i32> <i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6>
  %1762 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1761, <16 x float> %bf16180, <16 x float> %1716)
  store <16 x float> %1762, ptr %bacc463, align 64
  %1763 = shufflevector <16 x float> %exp2114, <16 x float> poison, <16 x i32> <i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6>
  %1764 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1763, <16 x float> %bf16180, <16 x float> %1718)
  store <16 x float> %1764, ptr %33, align 64
  %1765 = shufflevector <16 x float> %exp2124, <16 x float> poison, <16 x i32> <i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6>
  %1766 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1765, <16 x float> %bf16180, <16 x float> %1720)
  store <16 x float> %1766, ptr %40, align 64
  %1767 = shufflevector <16 x float> %exp2134, <16 x float> poison, <16 x i32> <i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6>
  %1768 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1767, <16 x float> %bf16180, <16 x float> %1722)
  store <16 x float> %1768, ptr %47, align 64
  %1769 = shufflevector <16 x float> %exp2144, <16 x float> poison, <16 x i32> <i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6>
  %1770 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1769, <16 x float> %bf16180, <16 x float> %1724)
  store <16 x float> %1770, ptr %54, align 64
  %1771 = shufflevector <16 x float> %exp2154, <16 x float> poison, <16 x i32> <i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6>
  %1772 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1771, <16 x float> %bf16180, <16 x float> %1726)
  store <16 x float> %1772, ptr %61, align 64
  %1773 = getelementptr i8, ptr %1757, i64 32
  %1774 = load <16 x i16>, ptr %1773, align 2
  %1775 = zext <16 x i16> %1774 to <16 x i32>
  %1776 = shl nuw <16 x i32> %1775, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16181 = bitcast <16 x i32> %1776 to <16 x float>
  %1777 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1761, <16 x float> %bf16181, <16 x float> %1731)
  store <16 x float> %1777, ptr %28, align 64
  %1778 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1763, <16 x float> %bf16181, <16 x float> %1732)
  store <16 x float> %1778, ptr %34, align 64
  %1779 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1765, <16 x float> %bf16181, <16 x float> %1733)
  store <16 x float> %1779, ptr %41, align 64
  %1780 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1767, <16 x float> %bf16181, <16 x float> %1734)
  store <16 x float> %1780, ptr %48, align 64
  %1781 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1769, <16 x float> %bf16181, <16 x float> %1735)
  store <16 x float> %1781, ptr %55, align 64
  %1782 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1771, <16 x float> %bf16181, <16 x float> %1736)
  store <16 x float> %1782, ptr %62, align 64
  %1783 = getelementptr i8, ptr %1757, i64 64
  %1784 = load <16 x i16>, ptr %1783, align 2
  %1785 = zext <16 x i16> %1784 to <16 x i32>
  %1786 = shl nuw <16 x i32> %1785, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16182 = bitcast <16 x i32> %1786 to <16 x float>
  %1787 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1761, <16 x float> %bf16182, <16 x float> %1741)
  store <16 x float> %1787, ptr %29, align 64
  %1788 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1763, <16 x float> %bf16182, <16 x float> %1742)
  store <16 x float> %1788, ptr %35, align 64
  %1789 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1765, <16 x float> %bf16182, <16 x float> %1743)
  store <16 x float> %1789, ptr %42, align 64
  %1790 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1767, <16 x float> %bf16182, <16 x float> %1744)
  store <16 x float> %1790, ptr %49, align 64
  %1791 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1769, <16 x float> %bf16182, <16 x float> %1745)
  store <16 x float> %1791, ptr %56, align 64
  %1792 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1771, <16 x float> %bf16182, <16 x float> %1746)
  store <16 x float> %1792, ptr %63, align 64
  %1793 = getelementptr i8, ptr %1757, i64 96
  %1794 = load <16 x i16>, ptr %1793, align 2
  %1795 = zext <16 x i16> %1794 to <16 x i32>
  %1796 = shl nuw <16 x i32> %1795, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16183 = bitcast <16 x i32> %1796 to <16 x float>
  %1797 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1761, <16 x float> %bf16183, <16 x float> %1751)
  store <16 x float> %1797, ptr %30, align 64
  %1798 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1763, <16 x float> %bf16183, <16 x float> %1752)
  store <16 x float> %1798, ptr %36, align 64
  %1799 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1765, <16 x float> %bf16183, <16 x float> %1753)
  store <16 x float> %1799, ptr %43, align 64
  %1800 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1767, <16 x float> %bf16183, <16 x float> %1754)
  store <16 x float> %1800, ptr %50, align 64
  %1801 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1769, <16 x float> %bf16183, <16 x float> %1755)
  store <16 x float> %1801, ptr %57, align 64
  %1802 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1771, <16 x float> %bf16183, <16 x float> %1756)
  store <16 x float> %1802, ptr %64, align 64
  %1803 = getelementptr i8, ptr %21, i64 %633
  %1804 = load <16 x i16>, ptr %1803, align 2
  %1805 = zext <16 x i16> %1804 to <16 x i32>
  %1806 = shl nuw <16 x i32> %1805, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16184 = bitcast <16 x i32> %1806 to <16 x float>
  %1807 = shufflevector <16 x float> %exp2105, <16 x float> poison, <16 x i32> <i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7>
  %1808 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1807, <16 x float> %bf16184, <16 x float> %1762)
  store <16 x float> %1808, ptr %bacc463, align 64
  %1809 = shufflevector <16 x float> %exp2114, <16 x float> poison, <16 x i32> <i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7>
  %1810 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1809, <16 x float> %bf16184, <16 x float> %1764)
  store <16 x float> %1810, ptr %33, align 64
  %1811 = shufflevector <16 x float> %exp2124, <16 x float> poison, <16 x i32> <i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7>
  %1812 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1811, <16 x float> %bf16184, <16 x float> %1766)
  store <16 x float> %1812, ptr %40, align 64
  %1813 = shufflevector <16 x float> %exp2134, <16 x float> poison, <16 x i32> <i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7>
  %1814 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1813, <16 x float> %bf16184, <16 x float> %1768)
  store <16 x float> %1814, ptr %47, align 64
  %1815 = shufflevector <16 x float> %exp2144, <16 x float> poison, <16 x i32> <i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7>
  %1816 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1815, <16 x float> %bf16184, <16 x float> %1770)
  store <16 x float> %1816, ptr %54, align 64
  %1817 = shufflevector <16 x float> %exp2154, <16 x float> poison, <16 x i32> <i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7>
  %1818 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1817, <16 x float> %bf16184, <16 x float> %1772)
  store <16 x float> %1818, ptr %61, align 64
  %1819 = getelementptr i8, ptr %1803, i64 32
  %1820 = load <16 x i16>, ptr %1819, align 2
  %1821 = zext <16 x i16> %1820 to <16 x i32>
  %1822 = shl nuw <16 x i32> %1821, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16185 = bitcast <16 x i32> %1822 to <16 x float>
  %1823 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1807, <16 x float> %bf16185, <16 x float> %1777)
  store <16 x float> %1823, ptr %28, align 64
  %1824 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1809, <16 x float> %bf16185, <16 x float> %1778)
  store <16 x float> %1824, ptr %34, align 64
  %1825 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1811, <16 x float> %bf16185, <16 x float> %1779)
  store <16 x float> %1825, ptr %41, align 64
  %1826 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1813, <16 x float> %bf16185, <16 x float> %1780)
  store <16 x float> %1826, ptr %48, align 64
  %1827 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1815, <16 x float> %bf16185, <16 x float> %1781)
  store <16 x float> %1827, ptr %55, align 64
  %1828 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1817, <16 x float> %bf16185, <16 x float> %1782)
  store <16 x float> %1828, ptr %62, align 64
  %1829 = getelementptr i8, ptr %1803, i64 64
  %1830 = load <16 x i16>, ptr %1829, align 2
  %1831 = zext <16 x i16> %1830 to <16 x i32>
  %1832 = shl nuw <16 x i32> %1831, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16186 = bitcast <16 x i32> %1832 to <16 x float>
  %1833 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1807, <16 x float> %bf16186, <16 x float> %1787)
  store <16 x float> %1833, ptr %29, align 64
  %1834 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1809, <16 x float> %bf16186, <16 x float> %1788)
  store <16 x float> %1834, ptr %35, align 64
  %1835 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1811, <16 x float> %bf16186, <16 x float> %1789)
  store <16 x float> %1835, ptr %42, align 64
  %1836 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1813, <16 x float> %bf16186, <16 x float> %1790)
  store <16 x float> %1836, ptr %49, align 64
  %1837 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1815, <16 x float> %bf16186, <16 x float> %1791)
  store <16 x float> %1837, ptr %56, align 64
  %1838 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1817, <16 x float> %bf16186, <16 x float> %1792)
  store <16 x float> %1838, ptr %63, align 64
  %1839 = getelementptr i8, ptr %1803, i64 96
  %1840 = load <16 x i16>, ptr %1839, align 2
  %1841 = zext <16 x i16> %1840 to <16 x i32>
  %1842 = shl nuw <16 x i32> %1841, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16187 = bitcast <16 x i32> %1842 to <16 x float>
  %1843 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1807, <16 x float> %bf16187, <16 x float> %1797)
  store <16 x float> %1843, ptr %30, align 64
  %1844 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1809, <16 x float> %bf16187, <16 x float> %1798)
  store <16 x float> %1844, ptr %36, align 64
  %1845 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1811, <16 x float> %bf16187, <16 x float> %1799)
  store <16 x float> %1845, ptr %43, align 64
  %1846 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1813, <16 x float> %bf16187, <16 x float> %1800)
  store <16 x float> %1846, ptr %50, align 64
  %1847 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1815, <16 x float> %bf16187, <16 x float> %1801)
  store <16 x float> %1847, ptr %57, align 64
  %1848 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1817, <16 x float> %bf16187, <16 x float> %1802)
  store <16 x float> %1848, ptr %64, align 64
  %1849 = getelementptr i8, ptr %21, i64 %730
  %1850 = load <16 x i16>, ptr %1849, align 2
  %1851 = zext <16 x i16> %1850 to <16 x i32>
  %1852 = shl nuw <16 x i32> %1851, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16188 = bitcast <16 x i32> %1852 to <16 x float>
  %1853 = shufflevector <16 x float> %exp2105, <16 x float> poison, <16 x i32> <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %1854 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1853, <16 x float> %bf16188, <16 x float> %1808)
  store <16 x float> %1854, ptr %bacc463, align 64
  %1855 = shufflevector <16 x float> %exp2114, <16 x float> poison, <16 x i32> <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %1856 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1855, <16 x float> %bf16188, <16 x float> %1810)
  store <16 x float> %1856, ptr %33, align 64
  %1857 = shufflevector <16 x float> %exp2124, <16 x float> poison, <16 x i32> <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %1858 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1857, <16 x float> %bf16188, <16 x float> %1812)
  store <16 x float> %1858, ptr %40, align 64
  %1859 = shufflevector <16 x float> %exp2134, <16 x float> poison, <16 x i32> <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %1860 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1859, <16 x float> %bf16188, <16 x float> %1814)
  store <16 x float> %1860, ptr %47, align 64
  %1861 = shufflevector <16 x float> %exp2144, <16 x float> poison, <16 x i32> <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %1862 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1861, <16 x float> %bf16188, <16 x float> %1816)
  store <16 x float> %1862, ptr %54, align 64
  %1863 = shufflevector <16 x float> %exp2154, <16 x float> poison, <16 x i32> <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %1864 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1863, <16 x float> %bf16188, <16 x float> %1818)
  store <16 x float> %1864, ptr %61, align 64
  %1865 = getelementptr i8, ptr %1849, i64 32
  %1866 = load <16 x i16>, ptr %1865, align 2
  %1867 = zext <16 x i16> %1866 to <16 x i32>
  %1868 = shl nuw <16 x i32> %1867, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16189 = bitcast <16 x i32> %1868 to <16 x float>
  %1869 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1853, <16 x float> %bf16189, <16 x float> %1823)
  store <16 x float> %1869, ptr %28, align 64
  %1870 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1855, <16 x float> %bf16189, <16 x float> %1824)
  store <16 x float> %1870, ptr %34, align 64
  %1871 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1857, <16 x float> %bf16189, <16 x float> %1825)
  store <16 x float> %1871, ptr %41, align 64
  %1872 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1859, <16 x float> %bf16189, <16 x float> %1826)
  store <16 x float> %1872, ptr %48, align 64
  %1873 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1861, <16 x float> %bf16189, <16 x float> %1827)
  store <16 x float> %1873, ptr %55, align 64
  %1874 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1863, <16 x float> %bf16189, <16 x float> %1828)
  store <16 x float> %1874, ptr %62, align 64
  %1875 = getelementptr i8, ptr %1849, i64 64
  %1876 = load <16 x i16>, ptr %1875, align 2
  %1877 = zext <16 x i16> %1876 to <16 x i32>
  %1878 = shl nuw <16 x i32> %1877, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16190 = bitcast <16 x i32> %1878 to <16 x float>
  %1879 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1853, <16 x float> %bf16190, <16 x float> %1833)
  store <16 x float> %1879, ptr %29, align 64
  %1880 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1855, <16 x float> %bf16190, <16 x float> %1834)
  store <16 x float> %1880, ptr %35, align 64
  %1881 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1857, <16 x float> %bf16190, <16 x float> %1835)
  store <16 x float> %1881, ptr %42, align 64
  %1882 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1859, <16 x float> %bf16190, <16 x float> %1836)
  store <16 x float> %1882, ptr %49, align 64
  %1883 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1861, <16 x float> %bf16190, <16 x float> %1837)
  store <16 x float> %1883, ptr %56, align 64
  %1884 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1863, <16 x float> %bf16190, <16 x float> %1838)
  store <16 x float> %1884, ptr %63, align 64
  %1885 = getelementptr i8, ptr %1849, i64 96
  %1886 = load <16 x i16>, ptr %1885, align 2
  %1887 = zext <16 x i16> %1886 to <16 x i32>
  %1888 = shl nuw <16 x i32> %1887, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16191 = bitcast <16 x i32> %1888 to <16 x float>
  %1889 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1853, <16 x float> %bf16191, <16 x float> %1843)
  store <16 x float> %1889, ptr %30, align 64
  %1890 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1855, <16 x float> %bf16191, <16 x float> %1844)
  store <16 x float> %1890, ptr %36, align 64
  %1891 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1857, <16 x float> %bf16191, <16 x float> %1845)
  store <16 x float> %1891, ptr %43, align 64
  %1892 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1859, <16 x float> %bf16191, <16 x float> %1846)
  store <16 x float> %1892, ptr %50, align 64
  %1893 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1861, <16 x float> %bf16191, <16 x float> %1847)
  store <16 x float> %1893, ptr %57, align 64
  %1894 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1863, <16 x float> %bf16191, <16 x float> %1848)
  store <16 x float> %1894, ptr %64, align 64
  %1895 = getelementptr i8, ptr %21, i64 %773
  %1896 = load <16 x i16>, ptr %1895, align 2
  %1897 = zext <16 x i16> %1896 to <16 x i32>
  %1898 = shl nuw <16 x i32> %1897, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16192 = bitcast <16 x i32> %1898 to <16 x float>
  %1899 = shufflevector <16 x float> %exp2105, <16 x float> poison, <16 x i32> <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %1900 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1899, <16 x float> %bf16192, <16 x float> %1854)
  store <16 x float> %1900, ptr %bacc463, align 64
  %1901 = shufflevector <16 x float> %exp2114, <16 x float> poison, <16 x i32> <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %1902 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1901, <16 x float> %bf16192, <16 x float> %1856)
  store <16 x float> %1902, ptr %33, align 64
  %1903 = shufflevector <16 x float> %exp2124, <16 x float> poison, <16 x i32> <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %1904 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1903, <16 x float> %bf16192, <16 x float> %1858)
  store <16 x float> %1904, ptr %40, align 64
  %1905 = shufflevector <16 x float> %exp2134, <16 x float> poison, <16 x i32> <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %1906 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1905, <16 x float> %bf16192, <16 x float> %1860)
  store <16 x float> %1906, ptr %47, align 64
  %1907 = shufflevector <16 x float> %exp2144, <16 x float> poison, <16 x i32> <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %1908 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1907, <16 x float> %bf16192, <16 x float> %1862)
  store <16 x float> %1908, ptr %54, align 64
  %1909 = shufflevector <16 x float> %exp2154, <16 x float> poison, <16 x i32> <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %1910 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1909, <16 x float> %bf16192, <16 x float> %1864)
  store <16 x float> %1910, ptr %61, align 64
  %1911 = getelementptr i8, ptr %1895, i64 32
  %1912 = load <16 x i16>, ptr %1911, align 2
  %1913 = zext <16 x i16> %1912 to <16 x i32>
  %1914 = shl nuw <16 x i32> %1913, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16193 = bitcast <16 x i32> %1914 to <16 x float>
  %1915 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1899, <16 x float> %bf16193, <16 x float> %1869)
  store <16 x float> %1915, ptr %28, align 64
  %1916 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1901, <16 x float> %bf16193, <16 x float> %1870)
  store <16 x float> %1916, ptr %34, align 64
  %1917 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1903, <16 x float> %bf16193, <16 x float> %1871)
  store <16 x float> %1917, ptr %41, align 64
  %1918 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1905, <16 x float> %bf16193, <16 x float> %1872)
  store <16 x float> %1918, ptr %48, align 64
  %1919 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1907, <16 x float> %bf16193, <16 x float> %1873)
  store <16 x float> %1919, ptr %55, align 64
  %1920 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1909, <16 x float> %bf16193, <16 x float> %1874)
  store <16 x float> %1920, ptr %62, align 64
  %1921 = getelementptr i8, ptr %1895, i64 64
  %1922 = load <16 x i16>, ptr %1921, align 2
  %1923 = zext <16 x i16> %1922 to <16 x i32>
  %1924 = shl nuw <16 x i32> %1923, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16194 = bitcast <16 x i32> %1924 to <16 x float>
  %1925 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1899, <16 x float> %bf16194, <16 x float> %1879)
  store <16 x float> %1925, ptr %29, align 64
  %1926 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1901, <16 x float> %bf16194, <16 x float> %1880)
  store <16 x float> %1926, ptr %35, align 64
  %1927 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1903, <16 x float> %bf16194, <16 x float> %1881)
  store <16 x float> %1927, ptr %42, align 64
  %1928 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1905, <16 x float> %bf16194, <16 x float> %1882)
  store <16 x float> %1928, ptr %49, align 64
  %1929 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1907, <16 x float> %bf16194, <16 x float> %1883)
  store <16 x float> %1929, ptr %56, align 64
  %1930 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1909, <16 x float> %bf16194, <16 x float> %1884)
  store <16 x float> %1930, ptr %63, align 64
  %1931 = getelementptr i8, ptr %1895, i64 96
  %1932 = load <16 x i16>, ptr %1931, align 2
  %1933 = zext <16 x i16> %1932 to <16 x i32>
  %1934 = shl nuw <16 x i32> %1933, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16195 = bitcast <16 x i32> %1934 to <16 x float>
  %1935 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1899, <16 x float> %bf16195, <16 x float> %1889)
  store <16 x float> %1935, ptr %30, align 64
  %1936 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1901, <16 x float> %bf16195, <16 x float> %1890)
  store <16 x float> %1936, ptr %36, align 64
  %1937 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1903, <16 x float> %bf16195, <16 x float> %1891)
  store <16 x float> %1937, ptr %43, align 64
  %1938 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1905, <16 x float> %bf16195, <16 x float> %1892)
  store <16 x float> %1938, ptr %50, align 64
  %1939 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1907, <16 x float> %bf16195, <16 x float> %1893)
  store <16 x float> %1939, ptr %57, align 64
  %1940 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1909, <16 x float> %bf16195, <16 x float> %1894)
  store <16 x float> %1940, ptr %64, align 64
  %1941 = getelementptr i8, ptr %21, i64 %834
  %1942 = load <16 x i16>, ptr %1941, align 2
  %1943 = zext <16 x i16> %1942 to <16 x i32>
  %1944 = shl nuw <16 x i32> %1943, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16196 = bitcast <16 x i32> %1944 to <16 x float>
  %1945 = shufflevector <16 x float> %exp2105, <16 x float> poison, <16 x i32> <i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10>
  %1946 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1945, <16 x float> %bf16196, <16 x float> %1900)
  store <16 x float> %1946, ptr %bacc463, align 64
  %1947 = shufflevector <16 x float> %exp2114, <16 x float> poison, <16 x i32> <i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10>
  %1948 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1947, <16 x float> %bf16196, <16 x float> %1902)
  store <16 x float> %1948, ptr %33, align 64
  %1949 = shufflevector <16 x float> %exp2124, <16 x float> poison, <16 x i32> <i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10>
  %1950 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1949, <16 x float> %bf16196, <16 x float> %1904)
  store <16 x float> %1950, ptr %40, align 64
  %1951 = shufflevector <16 x float> %exp2134, <16 x float> poison, <16 x i32> <i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10>
  %1952 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1951, <16 x float> %bf16196, <16 x float> %1906)
  store <16 x float> %1952, ptr %47, align 64
  %1953 = shufflevector <16 x float> %exp2144, <16 x float> poison, <16 x i32> <i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10>
  %1954 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1953, <16 x float> %bf16196, <16 x float> %1908)
  store <16 x float> %1954, ptr %54, align 64
  %1955 = shufflevector <16 x float> %exp2154, <16 x float> poison, <16 x i32> <i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10>
  %1956 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1955, <16 x float> %bf16196, <16 x float> %1910)
  store <16 x float> %1956, ptr %61, align 64
  %1957 = getelementptr i8, ptr %1941, i64 32
  %1958 = load <16 x i16>, ptr %1957, align 2
  %1959 = zext <16 x i16> %1958 to <16 x i32>
  %1960 = shl nuw <16 x i32> %1959, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16197 = bitcast <16 x i32> %1960 to <16 x float>
  %1961 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1945, <16 x float> %bf16197, <16 x float> %1915)
  store <16 x float> %1961, ptr %28, align 64
  %1962 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1947, <16 x float> %bf16197, <16 x float> %1916)
  store <16 x float> %1962, ptr %34, align 64
  %1963 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1949, <16 x float> %bf16197, <16 x float> %1917)
  store <16 x float> %1963, ptr %41, align 64
  %1964 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1951, <16 x float> %bf16197, <16 x float> %1918)
  store <16 x float> %1964, ptr %48, align 64
  %1965 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1953, <16 x float> %bf16197, <16 x float> %1919)
  store <16 x float> %1965, ptr %55, align 64
  %1966 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1955, <16 x float> %bf16197, <16 x float> %1920)
  store <16 x float> %1966, ptr %62, align 64
  %1967 = getelementptr i8, ptr %1941, i64 64
  %1968 = load <16 x i16>, ptr %1967, align 2
  %1969 = zext <16 x i16> %1968 to <16 x i32>
  %1970 = shl nuw <16 x i32> %1969, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16198 = bitcast <16 x i32> %1970 to <16 x float>
  %1971 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1945, <16 x float> %bf16198, <16 x float> %1925)
  store <16 x float> %1971, ptr %29, align 64
  %1972 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1947, <16 x float> %bf16198, <16 x float> %1926)
  store <16 x float> %1972, ptr %35, align 64
  %1973 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1949, <16 x float> %bf16198, <16 x float> %1927)
  store <16 x float> %1973, ptr %42, align 64
  %1974 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1951, <16 x float> %bf16198, <16 x float> %1928)
  store <16 x float> %1974, ptr %49, align 64
  %1975 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1953, <16 x float> %bf16198, <16 x float> %1929)
  store <16 x float> %1975, ptr %56, align 64
  %1976 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1955, <16 x float> %bf16198, <16 x float> %1930)
  store <16 x float> %1976, ptr %63, align 64
  %1977 = getelementptr i8, ptr %1941, i64 96
  %1978 = load <16 x i16>, ptr %1977, align 2
  %1979 = zext <16 x i16> %1978 to <16 x i32>
  %1980 = shl nuw <16 x i32> %1979, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16199 = bitcast <16 x i32> %1980 to <16 x float>
  %1981 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1945, <16 x float> %bf16199, <16 x float> %1935)
  store <16 x float> %1981, ptr %30, align 64
  %1982 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1947, <16 x float> %bf16199, <16 x float> %1936)
  store <16 x float> %1982, ptr %36, align 64
  %1983 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1949, <16 x float> %bf16199, <16 x float> %1937)
  store <16 x float> %1983, ptr %43, align 64
  %1984 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1951, <16 x float> %bf16199, <16 x float> %1938)
  store <16 x float> %1984, ptr %50, align 64
  %1985 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1953, <16 x float> %bf16199, <16 x float> %1939)
  store <16 x float> %1985, ptr %57, align 64
  %1986 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1955, <16 x float> %bf16199, <16 x float> %1940)
  store <16 x float> %1986, ptr %64, align 64
  %1987 = getelementptr i8, ptr %21, i64 %877
  %1988 = load <16 x i16>, ptr %1987, align 2
  %1989 = zext <16 x i16> %1988 to <16 x i32>
  %1990 = shl nuw <16 x i32> %1989, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16200 = bitcast <16 x i32> %1990 to <16 x float>
  %1991 = shufflevector <16 x float> %exp2105, <16 x float> poison, <16 x i32> <i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11>
  %1992 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1991, <16 x float> %bf16200, <16 x float> %1946)
  store <16 x float> %1992, ptr %bacc463, align 64
  %1993 = shufflevector <16 x float> %exp2114, <16 x float> poison, <16 x i32> <i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11>
  %1994 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1993, <16 x float> %bf16200, <16 x float> %1948)
  store <16 x float> %1994, ptr %33, align 64
  %1995 = shufflevector <16 x float> %exp2124, <16 x float> poison, <16 x i32> <i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11>
  %1996 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1995, <16 x float> %bf16200, <16 x float> %1950)
  store <16 x float> %1996, ptr %40, align 64
  %1997 = shufflevector <16 x float> %exp2134, <16 x float> poison, <16 x i32> <i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11>
  %1998 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1997, <16 x float> %bf16200, <16 x float> %1952)
  store <16 x float> %1998, ptr %47, align 64
  %1999 = shufflevector <16 x float> %exp2144, <16 x float> poison, <16 x i32> <i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11>
  %2000 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1999, <16 x float> %bf16200, <16 x float> %1954)
  store <16 x float> %2000, ptr %54, align 64
  %2001 = shufflevector <16 x float> %exp2154, <16 x float> poison, <16 x i32> <i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11>
  %2002 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2001, <16 x float> %bf16200, <16 x float> %1956)
  store <16 x float> %2002, ptr %61, align 64
  %2003 = getelementptr i8, ptr %1987, i64 32
  %2004 = load <16 x i16>, ptr %2003, align 2
  %2005 = zext <16 x i16> %2004 to <16 x i32>
  %2006 = shl nuw <16 x i32> %2005, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16201 = bitcast <16 x i32> %2006 to <16 x float>
  %2007 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1991, <16 x float> %bf16201, <16 x float> %1961)
  store <16 x float> %2007, ptr %28, align 64
  %2008 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1993, <16 x float> %bf16201, <16 x float> %1962)
  store <16 x float> %2008, ptr %34, align 64
  %2009 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1995, <16 x float> %bf16201, <16 x float> %1963)
  store <16 x float> %2009, ptr %41, align 64
  %2010 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1997, <16 x float> %bf16201, <16 x float> %1964)
  store <16 x float> %2010, ptr %48, align 64
  %2011 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1999, <16 x float> %bf16201, <16 x float> %1965)
  store <16 x float> %2011, ptr %55, align 64
  %2012 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2001, <16 x float> %bf16201, <16 x float> %1966)
  store <16 x float> %2012, ptr %62, align 64
  %2013 = getelementptr i8, ptr %1987, i64 64
  %2014 = load <16 x i16>, ptr %2013, align 2
  %2015 = zext <16 x i16> %2014 to <16 x i32>
  %2016 = shl nuw <16 x i32> %2015, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16202 = bitcast <16 x i32> %2016 to <16 x float>
  %2017 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1991, <16 x float> %bf16202, <16 x float> %1971)
  store <16 x float> %2017, ptr %29, align 64
  %2018 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1993, <16 x float> %bf16202, <16 x float> %1972)
  store <16 x float> %2018, ptr %35, align 64
  %2019 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1995, <16 x float> %bf16202, <16 x float> %1973)
  store <16 x float> %2019, ptr %42, align 64
  %2020 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1997, <16 x float> %bf16202, <16 x float> %1974)
  store <16 x float> %2020, ptr %49, align 64
  %2021 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1999, <16 x float> %bf16202, <16 x float> %1975)
  store <16 x float> %2021, ptr %56, align 64
  %2022 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2001, <16 x float> %bf16202, <16 x float> %1976)
  store <16 x float> %2022, ptr %63, align 64
  %2023 = getelementptr i8, ptr %1987, i64 96
  %2024 = load <16 x i16>, ptr %2023, align 2
  %2025 = zext <16 x i16> %2024 to <16 x i32>
  %2026 = shl nuw <16 x i32> %2025, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16203 = bitcast <16 x i32> %2026 to <16 x float>
  %2027 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1991, <16 x float> %bf16203, <16 x float> %1981)
  store <16 x float> %2027, ptr %30, align 64
  %2028 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1993, <16 x float> %bf16203, <16 x float> %1982)
  store <16 x float> %2028, ptr %36, align 64
  %2029 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1995, <16 x float> %bf16203, <16 x float> %1983)
  store <16 x float> %2029, ptr %43, align 64
  %2030 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1997, <16 x float> %bf16203, <16 x float> %1984)
  store <16 x float> %2030, ptr %50, align 64
  %2031 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1999, <16 x float> %bf16203, <16 x float> %1985)
  store <16 x float> %2031, ptr %57, align 64
  %2032 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2001, <16 x float> %bf16203, <16 x float> %1986)
  store <16 x float> %2032, ptr %64, align 64
  %2033 = getelementptr i8, ptr %21, i64 %956
  %2034 = load <16 x i16>, ptr %2033, align 2
  %2035 = zext <16 x i16> %2034 to <16 x i32>
  %2036 = shl nuw <16 x i32> %2035, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16204 = bitcast <16 x i32> %2036 to <16 x float>
  %2037 = shufflevector <16 x float> %exp2105, <16 x float> poison, <16 x i32> <i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12>
  %2038 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2037, <16 x float> %bf16204, <16 x float> %1992)
  store <16 x float> %2038, ptr %bacc463, align 64
  %2039 = shufflevector <16 x float> %exp2114, <16 x float> poison, <16 x i32> <i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12>
  %2040 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2039, <16 x float> %bf16204, <16 x float> %1994)
  store <16 x float> %2040, ptr %33, align 64
  %2041 = shufflevector <16 x float> %exp2124, <16 x float> poison, <16 x i32> <i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12>
  %2042 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2041, <16 x float> %bf16204, <16 x float> %1996)
  store <16 x float> %2042, ptr %40, align 64
  %2043 = shufflevector <16 x float> %exp2134, <16 x float> poison, <16 x i32> <i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12>
  %2044 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2043, <16 x float> %bf16204, <16 x float> %1998)
  store <16 x float> %2044, ptr %47, align 64
  %2045 = shufflevector <16 x float> %exp2144, <16 x float> poison, <16 x i32> <i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12>
  %2046 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2045, <16 x float> %bf16204, <16 x float> %2000)
  store <16 x float> %2046, ptr %54, align 64
  %2047 = shufflevector <16 x float> %exp2154, <16 x float> poison, <16 x i32> <i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12>
  %2048 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2047, <16 x float> %bf16204, <16 x float> %2002)
  store <16 x float> %2048, ptr %61, align 64
  %2049 = getelementptr i8, ptr %2033, i64 32
  %2050 = load <16 x i16>, ptr %2049, align 2
  %2051 = zext <16 x i16> %2050 to <16 x i32>
  %2052 = shl nuw <16 x i32> %2051, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16205 = bitcast <16 x i32> %2052 to <16 x float>
  %2053 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2037, <16 x float> %bf16205, <16 x float> %2007)
  store <16 x float> %2053, ptr %28, align 64
  %2054 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2039, <16 x float> %bf16205, <16 x float> %2008)
  store <16 x float> %2054, ptr %34, align 64
  %2055 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2041, <16 x float> %bf16205, <16 x float> %2009)
  store <16 x float> %2055, ptr %41, align 64
  %2056 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2043, <16 x float> %bf16205, <16 x float> %2010)
  store <16 x float> %2056, ptr %48, align 64
  %2057 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2045, <16 x float> %bf16205, <16 x float> %2011)
  store <16 x float> %2057, ptr %55, align 64
  %2058 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2047, <16 x float> %bf16205, <16 x float> %2012)
  store <16 x float> %2058, ptr %62, align 64
  %2059 = getelementptr i8, ptr %2033, i64 64
  %2060 = load <16 x i16>, ptr %2059, align 2
  %2061 = zext <16 x i16> %2060 to <16 x i32>
  %2062 = shl nuw <16 x i32> %2061, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16206 = bitcast <16 x i32> %2062 to <16 x float>
  %2063 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2037, <16 x float> %bf16206, <16 x float> %2017)
  store <16 x float> %2063, ptr %29, align 64
  %2064 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2039, <16 x float> %bf16206, <16 x float> %2018)
  store <16 x float> %2064, ptr %35, align 64
  %2065 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2041, <16 x float> %bf16206, <16 x float> %2019)
  store <16 x float> %2065, ptr %42, align 64
  %2066 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2043, <16 x float> %bf16206, <16 x float> %2020)
  store <16 x float> %2066, ptr %49, align 64
  %2067 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2045, <16 x float> %bf16206, <16 x float> %2021)
  store <16 x float> %2067, ptr %56, align 64
  %2068 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2047, <16 x float> %bf16206, <16 x float> %2022)
  store <16 x float> %2068, ptr %63, align 64
  %2069 = getelementptr i8, ptr %2033, i64 96
  %2070 = load <16 x i16>, ptr %2069, align 2
  %2071 = zext <16 x i16> %2070 to <16 x i32>
  %2072 = shl nuw <16 x i32> %2071, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16207 = bitcast <16 x i32> %2072 to <16 x float>
  %2073 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2037, <16 x float> %bf16207, <16 x float> %2027)
  store <16 x float> %2073, ptr %30, align 64
  %2074 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2039, <16 x float> %bf16207, <16 x float> %2028)
  store <16 x float> %2074, ptr %36, align 64
  %2075 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2041, <16 x float> %bf16207, <16 x float> %2029)
  store <16 x float> %2075, ptr %43, align 64
  %2076 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2043, <16 x float> %bf16207, <16 x float> %2030)
  store <16 x float> %2076, ptr %50, align 64
  %2077 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2045, <16 x float> %bf16207, <16 x float> %2031)
  store <16 x float> %2077, ptr %57, align 64
  %2078 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2047, <16 x float> %bf16207, <16 x float> %2032)
  store <16 x float> %2078, ptr %64, align 64
  %2079 = getelementptr i8, ptr %21, i64 %999
  %2080 = load <16 x i16>, ptr %2079, align 2
  %2081 = zext <16 x i16> %2080 to <16 x i32>
  %2082 = shl nuw <16 x i32> %2081, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16208 = bitcast <16 x i32> %2082 to <16 x float>
  %2083 = shufflevector <16 x float> %exp2105, <16 x float> poison, <16 x i32> <i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13>
  %2084 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2083, <16 x float> %bf16208, <16 x float> %2038)
  store <16 x float> %2084, ptr %bacc463, align 64
  %2085 = shufflevector <16 x float> %exp2114, <16 x float> poison, <16 x i32> <i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13>
  %2086 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2085, <16 x float> %bf16208, <16 x float> %2040)
  store <16 x float> %2086, ptr %33, align 64
  %2087 = shufflevector <16 x float> %exp2124, <16 x float> poison, <16 x i32> <i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13>
  %2088 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2087, <16 x float> %bf16208, <16 x float> %2042)
  store <16 x float> %2088, ptr %40, align 64
  %2089 = shufflevector <16 x float> %exp2134, <16 x float> poison, <16 x i32> <i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13>
  %2090 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2089, <16 x float> %bf16208, <16 x float> %2044)
  store <16 x float> %2090, ptr %47, align 64
  %2091 = shufflevector <16 x float> %exp2144, <16 x float> poison, <16 x i32> <i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13>
  %2092 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2091, <16 x float> %bf16208, <16 x float> %2046)
  store <16 x float> %2092, ptr %54, align 64
  %2093 = shufflevector <16 x float> %exp2154, <16 x float> poison, <16 x i32> <i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13>
  %2094 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2093, <16 x float> %bf16208, <16 x float> %2048)
  store <16 x float> %2094, ptr %61, align 64
  %2095 = getelementptr i8, ptr %2079, i64 32
  %2096 = load <16 x i16>, ptr %2095, align 2
  %2097 = zext <16 x i16> %2096 to <16 x i32>
  %2098 = shl nuw <16 x i32> %2097, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16209 = bitcast <16 x i32> %2098 to <16 x float>
  %2099 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2083, <16 x float> %bf16209, <16 x float> %2053)
  store <16 x float> %2099, ptr %28, align 64
  %2100 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2085, <16 x float> %bf16209, <16 x float> %2054)
  store <16 x float> %2100, ptr %34, align 64
  %2101 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2087, <16 x float> %bf16209, <16 x float> %2055)
  store <16 x float> %2101, ptr %41, align 64
  %2102 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2089, <16 x float> %bf16209, <16 x float> %2056)
  store <16 x float> %2102, ptr %48, align 64
  %2103 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2091, <16 x float> %bf16209, <16 x float> %2057)
  store <16 x float> %2103, ptr %55, align 64
  %2104 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2093, <16 x float> %bf16209, <16 x float> %2058)
  store <16 x float> %2104, ptr %62, align 64
  %2105 = getelementptr i8, ptr %2079, i64 64
  %2106 = load <16 x i16>, ptr %2105, align 2
  %2107 = zext <16 x i16> %2106 to <16 x i32>
  %2108 = shl nuw <16 x i32> %2107, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16210 = bitcast <16 x i32> %2108 to <16 x float>
  %2109 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2083, <16 x float> %bf16210, <16 x float> %2063)
  store <16 x float> %2109, ptr %29, align 64
  %2110 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2085, <16 x float> %bf16210, <16 x float> %2064)
  store <16 x float> %2110, ptr %35, align 64
  %2111 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2087, <16 x float> %bf16210, <16 x float> %2065)
  store <16 x float> %2111, ptr %42, align 64
  %2112 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2089, <16 x float> %bf16210, <16 x float> %2066)
  store <16 x float> %2112, ptr %49, align 64
  %2113 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2091, <16 x float> %bf16210, <16 x float> %2067)
  store <16 x float> %2113, ptr %56, align 64
  %2114 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2093, <16 x float> %bf16210, <16 x float> %2068)
  store <16 x float> %2114, ptr %63, align 64
  %2115 = getelementptr i8, ptr %2079, i64 96
  %2116 = load <16 x i16>, ptr %2115, align 2
  %2117 = zext <16 x i16> %2116 to <16 x i32>
  %2118 = shl nuw <16 x i32> %2117, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16211 = bitcast <16 x i32> %2118 to <16 x float>
  %2119 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2083, <16 x float> %bf16211, <16 x float> %2073)
  store <16 x float> %2119, ptr %30, align 64
  %2120 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2085, <16 x float> %bf16211, <16 x float> %2074)
  store <16 x float> %2120, ptr %36, align 64
  %2121 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2087, <16 x float> %bf16211, <16 x float> %2075)
  store <16 x float> %2121, ptr %43, align 64
  %2122 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2089, <16 x float> %bf16211, <16 x float> %2076)
  store <16 x float> %2122, ptr %50, align 64
  %2123 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2091, <16 x float> %bf16211, <16 x float> %2077)
  store <16 x float> %2123, ptr %57, align 64
  %2124 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2093, <16 x float> %bf16211, <16 x float> %2078)
  store <16 x float> %2124, ptr %64, align 64
  %2125 = getelementptr i8, ptr %21, i64 %1060
  %2126 = load <16 x i16>, ptr %2125, align 2
  %2127 = zext <16 x i16> %2126 to <16 x i32>
  %2128 = shl nuw <16 x i32> %2127, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16212 = bitcast <16 x i32> %2128 to <16 x float>
  %2129 = shufflevector <16 x float> %exp2105, <16 x float> poison, <16 x i32> <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %2130 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2129, <16 x float> %bf16212, <16 x float> %2084)
  store <16 x float> %2130, ptr %bacc463, align 64
  %2131 = shufflevector <16 x float> %exp2114, <16 x float> poison, <16 x i32> <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %2132 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2131, <16 x float> %bf16212, <16 x float> %2086)
  store <16 x float> %2132, ptr %33, align 64
  %2133 = shufflevector <16 x float> %exp2124, <16 x float> poison, <16 x i32> <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %2134 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2133, <16 x float> %bf16212, <16 x float> %2088)
  store <16 x float> %2134, ptr %40, align 64
  %2135 = shufflevector <16 x float> %exp2134, <16 x float> poison, <16 x i32> <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %2136 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2135, <16 x float> %bf16212, <16 x float> %2090)
  store <16 x float> %2136, ptr %47, align 64
  %2137 = shufflevector <16 x float> %exp2144, <16 x float> poison, <16 x i32> <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %2138 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2137, <16 x float> %bf16212, <16 x float> %2092)
  store <16 x float> %2138, ptr %54, align 64
  %2139 = shufflevector <16 x float> %exp2154, <16 x float> poison, <16 x i32> <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %2140 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2139, <16 x float> %bf16212, <16 x float> %2094)
  store <16 x float> %2140, ptr %61, align 64
  %2141 = getelementptr i8, ptr %2125, i64 32
  %2142 = load <16 x i16>, ptr %2141, align 2
  %2143 = zext <16 x i16> %2142 to <16 x i32>
  %2144 = shl nuw <16 x i32> %2143, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16213 = bitcast <16 x i32> %2144 to <16 x float>
  %2145 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2129, <16 x float> %bf16213, <16 x float> %2099)
  store <16 x float> %2145, ptr %28, align 64
  %2146 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2131, <16 x float> %bf16213, <16 x float> %2100)
  store <16 x float> %2146, ptr %34, align 64
  %2147 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2133, <16 x float> %bf16213, <16 x float> %2101)
  store <16 x float> %2147, ptr %41, align 64
  %2148 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2135, <16 x float> %bf16213, <16 x float> %2102)
  store <16 x float> %2148, ptr %48, align 64
  %2149 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2137, <16 x float> %bf16213, <16 x float> %2103)
  store <16 x float> %2149, ptr %55, align 64
  %2150 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2139, <16 x float> %bf16213, <16 x float> %2104)
  store <16 x float> %2150, ptr %62, align 64
  %2151 = getelementptr i8, ptr %2125, i64 64
  %2152 = load <16 x i16>, ptr %2151, align 2
  %2153 = zext <16 x i16> %2152 to <16 x i32>
  %2154 = shl nuw <16 x i32> %2153, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16214 = bitcast <16 x i32> %2154 to <16 x float>
  %2155 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2129, <16 x float> %bf16214, <16 x float> %2109)
  store <16 x float> %2155, ptr %29, align 64
  %2156 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2131, <16 x float> %bf16214, <16 x float> %2110)
  store <16 x float> %2156, ptr %35, align 64
  %2157 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2133, <16 x float> %bf16214, <16 x float> %2111)
  store <16 x float> %2157, ptr %42, align 64
  %2158 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2135, <16 x float> %bf16214, <16 x float> %2112)
  store <16 x float> %2158, ptr %49, align 64
  %2159 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2137, <16 x float> %bf16214, <16 x float> %2113)
  store <16 x float> %2159, ptr %56, align 64
  %2160 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2139, <16 x float> %bf16214, <16 x float> %2114)
  store <16 x float> %2160, ptr %63, align 64
  %2161 = getelementptr i8, ptr %2125, i64 96
  %2162 = load <16 x i16>, ptr %2161, align 2
  %2163 = zext <16 x i16> %2162 to <16 x i32>
  %2164 = shl nuw <16 x i32> %2163, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16215 = bitcast <16 x i32> %2164 to <16 x float>
  %2165 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2129, <16 x float> %bf16215, <16 x float> %2119)
  store <16 x float> %2165, ptr %30, align 64
  %2166 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2131, <16 x float> %bf16215, <16 x float> %2120)
  store <16 x float> %2166, ptr %36, align 64
  %2167 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2133, <16 x float> %bf16215, <16 x float> %2121)
  store <16 x float> %2167, ptr %43, align 64
  %2168 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2135, <16 x float> %bf16215, <16 x float> %2122)
  store <16 x float> %2168, ptr %50, align 64
  %2169 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2137, <16 x float> %bf16215, <16 x float> %2123)
  store <16 x float> %2169, ptr %57, align 64
  %2170 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2139, <16 x float> %bf16215, <16 x float> %2124)
  store <16 x float> %2170, ptr %64, align 64
  %2171 = getelementptr i8, ptr %21, i64 %1103
  %2172 = load <16 x i16>, ptr %2171, align 2
  %2173 = zext <16 x i16> %2172 to <16 x i32>
  %2174 = shl nuw <16 x i32> %2173, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16216 = bitcast <16 x i32> %2174 to <16 x float>
  %2175 = shufflevector <16 x float> %exp2105, <16 x float> poison, <16 x i32> <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %2176 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2175, <16 x float> %bf16216, <16 x float> %2130)
  store <16 x float> %2176, ptr %bacc463, align 64
  %2177 = shufflevector <16 x float> %exp2114, <16 x float> poison, <16 x i32> <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %2178 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2177, <16 x float> %bf16216, <16 x float> %2132)
  store <16 x float> %2178, ptr %33, align 64
  %2179 = shufflevector <16 x float> %exp2124, <16 x float> poison, <16 x i32> <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %2180 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2179, <16 x float> %bf16216, <16 x float> %2134)
  store <16 x float> %2180, ptr %40, align 64
  %2181 = shufflevector <16 x float> %exp2134, <16 x float> poison, <16 x i32> <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %2182 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2181, <16 x float> %bf16216, <16 x float> %2136)
  store <16 x float> %2182, ptr %47, align 64
  %2183 = shufflevector <16 x float> %exp2144, <16 x float> poison, <16 x i32> <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %2184 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2183, <16 x float> %bf16216, <16 x float> %2138)
  store <16 x float> %2184, ptr %54, align 64
  %2185 = shufflevector <16 x float> %exp2154, <16 x float> poison, <16 x i32> <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %2186 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2185, <16 x float> %bf16216, <16 x float> %2140)
  store <16 x float> %2186, ptr %61, align 64
  %2187 = getelementptr i8, ptr %2171, i64 32
  %2188 = load <16 x i16>, ptr %2187, align 2
  %2189 = zext <16 x i16> %2188 to <16 x i32>
  %2190 = shl nuw <16 x i32> %2189, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16217 = bitcast <16 x i32> %2190 to <16 x float>
  %2191 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2175, <16 x float> %bf16217, <16 x float> %2145)
  store <16 x float> %2191, ptr %28, align 64
  %2192 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2177, <16 x float> %bf16217, <16 x float> %2146)
  store <16 x float> %2192, ptr %34, align 64
  %2193 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2179, <16 x float> %bf16217, <16 x float> %2147)
  store <16 x float> %2193, ptr %41, align 64
  %2194 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2181, <16 x float> %bf16217, <16 x float> %2148)
  store <16 x float> %2194, ptr %48, align 64
  %2195 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2183, <16 x float> %bf16217, <16 x float> %2149)
  store <16 x float> %2195, ptr %55, align 64
  %2196 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2185, <16 x float> %bf16217, <16 x float> %2150)
  store <16 x float> %2196, ptr %62, align 64
  %2197 = getelementptr i8, ptr %2171, i64 64
  %2198 = load <16 x i16>, ptr %2197, align 2
  %2199 = zext <16 x i16> %2198 to <16 x i32>
  %2200 = shl nuw <16 x i32> %2199, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16218 = bitcast <16 x i32> %2200 to <16 x float>
  %2201 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2175, <16 x float> %bf16218, <16 x float> %2155)
  store <16 x float> %2201, ptr %29, align 64
  %2202 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2177, <16 x float> %bf16218, <16 x float> %2156)
  store <16 x float> %2202, ptr %35, align 64
  %2203 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2179, <16 x float> %bf16218, <16 x float> %2157)
  store <16 x float> %2203, ptr %42, align 64
  %2204 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2181, <16 x float> %bf16218, <16 x float> %2158)
  store <16 x float> %2204, ptr %49, align 64
  %2205 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2183, <16 x float> %bf16218, <16 x float> %2159)
  store <16 x float> %2205, ptr %56, align 64
  %2206 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2185, <16 x float> %bf16218, <16 x float> %2160)
  store <16 x float> %2206, ptr %63, align 64
  %2207 = getelementptr i8, ptr %2171, i64 96
  %2208 = load <16 x i16>, ptr %2207, align 2
  %2209 = zext <16 x i16> %2208 to <16 x i32>
  %2210 = shl nuw <16 x i32> %2209, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16219 = bitcast <16 x i32> %2210 to <16 x float>
  %2211 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2175, <16 x float> %bf16219, <16 x float> %2165)
  store <16 x float> %2211, ptr %30, align 64
  %2212 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2177, <16 x float> %bf16219, <16 x float> %2166)
  store <16 x float> %2212, ptr %36, align 64
  %2213 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2179, <16 x float> %bf16219, <16 x float> %2167)
  store <16 x float> %2213, ptr %43, align 64
  %2214 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2181, <16 x float> %bf16219, <16 x float> %2168)
  store <16 x float> %2214, ptr %50, align 64
  %2215 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2183, <16 x float> %bf16219, <16 x float> %2169)
  store <16 x float> %2215, ptr %57, align 64
  %2216 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2185, <16 x float> %bf16219, <16 x float> %2170)
  store <16 x float> %2216, ptr %64, align 64
  %2217 = add nsw i32 %kfull13, 16
  br label %kfull

kmask:                                            ; preds = %kfull, %body220
  %2218 = phi <16 x float> [ %4243, %body220 ], [ %245, %kfull ]
  %2219 = phi <16 x float> [ %4233, %body220 ], [ %246, %kfull ]
  %2220 = phi <16 x float> [ %4223, %body220 ], [ %247, %kfull ]
  %2221 = phi <16 x float> [ %4213, %body220 ], [ %248, %kfull ]
  %2222 = phi <16 x float> [ %4242, %body220 ], [ %249, %kfull ]
  %2223 = phi <16 x float> [ %4232, %body220 ], [ %250, %kfull ]
  %2224 = phi <16 x float> [ %4222, %body220 ], [ %251, %kfull ]
  %2225 = phi <16 x float> [ %4211, %body220 ], [ %252, %kfull ]
  %2226 = phi <16 x float> [ %4241, %body220 ], [ %253, %kfull ]
  %2227 = phi <16 x float> [ %4231, %body220 ], [ %254, %kfull ]
  %2228 = phi <16 x float> [ %4221, %body220 ], [ %255, %kfull ]
  %2229 = phi <16 x float> [ %4209, %body220 ], [ %256, %kfull ]
  %2230 = phi <16 x float> [ %4240, %body220 ], [ %257, %kfull ]
  %kmask223 = phi i32 [ %4244, %body220 ], [ %113, %kfull ]
  %2231 = icmp slt i32 %kmask223, %109
  br i1 %2231, label %body220, label %exit222

body220:                                          ; preds = %kmask
  %q224 = load <16 x float>, ptr %220, align 64
  %q225 = load <16 x float>, ptr %221, align 64
  %q226 = load <16 x float>, ptr %222, align 64
  %q227 = load <16 x float>, ptr %223, align 64
  %q228 = load <16 x float>, ptr %224, align 64
  %q229 = load <16 x float>, ptr %225, align 64
  %q230 = load <16 x float>, ptr %226, align 64
  %q231 = load <16 x float>, ptr %227, align 64
  %q232 = load <16 x float>, ptr %228, align 64
  %q233 = load <16 x float>, ptr %229, align 64
  %q234 = load <16 x float>, ptr %230, align 64
  %q235 = load <16 x float>, ptr %231, align 64
  %q236 = load <16 x float>, ptr %232, align 64
  %q237 = load <16 x float>, ptr %233, align 64
  %q238 = load <16 x float>, ptr %234, align 64
  %q239 = load <16 x float>, ptr %235, align 64
  %q240 = load <16 x float>, ptr %236, align 64
  %q241 = load <16 x float>, ptr %237, align 64
  %q242 = load <16 x float>, ptr %238, align 64
  %q243 = load <16 x float>, ptr %239, align 64
  %q244 = load <16 x float>, ptr %240, align 64
  %q245 = load <16 x float>, ptr %241, align 64
  %q246 = load <16 x float>, ptr %242, align 64
  %q247 = load <16 x float>, ptr %243, align 64
  %2232 = call i32 @llvm.smin.i32(i32 %kmask223, i32 %66)
  %2233 = sext i32 %2232 to i64
  %2234 = shl nsw i64 %2233, 7
  %2235 = getelementptr i8, ptr %19, i64 %2234
  %2236 = load <16 x i16>, ptr %2235, align 2
  %2237 = zext <16 x i16> %2236 to <16 x i32>
  %2238 = shl nuw <16 x i32> %2237, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16248 = bitcast <16 x i32> %2238 to <16 x float>
  %2239 = getelementptr i8, ptr %2235, i64 32
  %2240 = load <16 x i16>, ptr %2239, align 2
  %2241 = zext <16 x i16> %2240 to <16 x i32>
  %2242 = shl nuw <16 x i32> %2241, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16249 = bitcast <16 x i32> %2242 to <16 x float>
  %2243 = getelementptr i8, ptr %2235, i64 64
  %2244 = load <16 x i16>, ptr %2243, align 2
  %2245 = zext <16 x i16> %2244 to <16 x i32>
  %2246 = shl nuw <16 x i32> %2245, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16250 = bitcast <16 x i32> %2246 to <16 x float>
  %2247 = getelementptr i8, ptr %2235, i64 96
  %2248 = load <16 x i16>, ptr %2247, align 2
  %2249 = zext <16 x i16> %2248 to <16 x i32>
  %2250 = shl nuw <16 x i32> %2249, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16251 = bitcast <16 x i32> %2250 to <16 x float>
  %2251 = fmul <16 x float> %q224, %bf16248
  %2252 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q225, <16 x float> %bf16249, <16 x float> %2251)
  %2253 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q226, <16 x float> %bf16250, <16 x float> %2252)
  %2254 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q227, <16 x float> %bf16251, <16 x float> %2253)
  %2255 = fmul <16 x float> %q228, %bf16248
  %2256 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q229, <16 x float> %bf16249, <16 x float> %2255)
  %2257 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q230, <16 x float> %bf16250, <16 x float> %2256)
  %2258 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q231, <16 x float> %bf16251, <16 x float> %2257)
  %2259 = fmul <16 x float> %q232, %bf16248
  %2260 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q233, <16 x float> %bf16249, <16 x float> %2259)
  %2261 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q234, <16 x float> %bf16250, <16 x float> %2260)
  %2262 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q235, <16 x float> %bf16251, <16 x float> %2261)
  %2263 = fmul <16 x float> %q236, %bf16248
  %2264 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q237, <16 x float> %bf16249, <16 x float> %2263)
  %2265 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q238, <16 x float> %bf16250, <16 x float> %2264)
  %2266 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q239, <16 x float> %bf16251, <16 x float> %2265)
  %2267 = fmul <16 x float> %q240, %bf16248
  %2268 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q241, <16 x float> %bf16249, <16 x float> %2267)
  %2269 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q242, <16 x float> %bf16250, <16 x float> %2268)
  %2270 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q243, <16 x float> %bf16251, <16 x float> %2269)
  %2271 = fmul <16 x float> %q244, %bf16248
  %2272 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q245, <16 x float> %bf16249, <16 x float> %2271)
  %2273 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q246, <16 x float> %bf16250, <16 x float> %2272)
  %2274 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q247, <16 x float> %bf16251, <16 x float> %2273)
  %2275 = add i32 %kmask223, 1
  %2276 = call i32 @llvm.smin.i32(i32 %2275, i32 %66)
  %2277 = sext i32 %2276 to i64
  %2278 = shl nsw i64 %2277, 7
  %2279 = getelementptr i8, ptr %19, i64 %2278
  %2280 = load <16 x i16>, ptr %2279, align 2
  %2281 = zext <16 x i16> %2280 to <16 x i32>
  %2282 = shl nuw <16 x i32> %2281, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16252 = bitcast <16 x i32> %2282 to <16 x float>
  %2283 = getelementptr i8, ptr %2279, i64 32
  %2284 = load <16 x i16>, ptr %2283, align 2
  %2285 = zext <16 x i16> %2284 to <16 x i32>
  %2286 = shl nuw <16 x i32> %2285, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16253 = bitcast <16 x i32> %2286 to <16 x float>
  %2287 = getelementptr i8, ptr %2279, i64 64
  %2288 = load <16 x i16>, ptr %2287, align 2
  %2289 = zext <16 x i16> %2288 to <16 x i32>
  %2290 = shl nuw <16 x i32> %2289, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16254 = bitcast <16 x i32> %2290 to <16 x float>
  %2291 = getelementptr i8, ptr %2279, i64 96
  %2292 = load <16 x i16>, ptr %2291, align 2
  %2293 = zext <16 x i16> %2292 to <16 x i32>
  %2294 = shl nuw <16 x i32> %2293, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16255 = bitcast <16 x i32> %2294 to <16 x float>
  %2295 = fmul <16 x float> %q224, %bf16252
  %2296 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q225, <16 x float> %bf16253, <16 x float> %2295)
  %2297 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q226, <16 x float> %bf16254, <16 x float> %2296)
  %2298 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q227, <16 x float> %bf16255, <16 x float> %2297)
  %2299 = shufflevector <16 x float> %2254, <16 x float> %2298, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2300 = shufflevector <16 x float> %2254, <16 x float> %2298, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2301 = fadd <16 x float> %2299, %2300
  %2302 = fmul <16 x float> %q228, %bf16252
  %2303 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q229, <16 x float> %bf16253, <16 x float> %2302)
  %2304 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q230, <16 x float> %bf16254, <16 x float> %2303)
  %2305 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q231, <16 x float> %bf16255, <16 x float> %2304)
  %2306 = shufflevector <16 x float> %2258, <16 x float> %2305, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2307 = shufflevector <16 x float> %2258, <16 x float> %2305, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2308 = fadd <16 x float> %2306, %2307
  %2309 = fmul <16 x float> %q232, %bf16252
  %2310 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q233, <16 x float> %bf16253, <16 x float> %2309)
  %2311 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q234, <16 x float> %bf16254, <16 x float> %2310)
  %2312 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q235, <16 x float> %bf16255, <16 x float> %2311)
  %2313 = shufflevector <16 x float> %2262, <16 x float> %2312, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2314 = shufflevector <16 x float> %2262, <16 x float> %2312, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2315 = fadd <16 x float> %2313, %2314
  %2316 = fmul <16 x float> %q236, %bf16252
  %2317 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q237, <16 x float> %bf16253, <16 x float> %2316)
  %2318 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q238, <16 x float> %bf16254, <16 x float> %2317)
  %2319 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q239, <16 x float> %bf16255, <16 x float> %2318)
  %2320 = shufflevector <16 x float> %2266, <16 x float> %2319, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2321 = shufflevector <16 x float> %2266, <16 x float> %2319, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2322 = fadd <16 x float> %2320, %2321
  %2323 = fmul <16 x float> %q240, %bf16252
  %2324 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q241, <16 x float> %bf16253, <16 x float> %2323)
  %2325 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q242, <16 x float> %bf16254, <16 x float> %2324)
  %2326 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q243, <16 x float> %bf16255, <16 x float> %2325)
  %2327 = shufflevector <16 x float> %2270, <16 x float> %2326, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2328 = shufflevector <16 x float> %2270, <16 x float> %2326, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2329 = fadd <16 x float> %2327, %2328
  %2330 = fmul <16 x float> %q244, %bf16252
  %2331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q245, <16 x float> %bf16253, <16 x float> %2330)
  %2332 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q246, <16 x float> %bf16254, <16 x float> %2331)
  %2333 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q247, <16 x float> %bf16255, <16 x float> %2332)
  %2334 = shufflevector <16 x float> %2274, <16 x float> %2333, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2335 = shufflevector <16 x float> %2274, <16 x float> %2333, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2336 = fadd <16 x float> %2334, %2335
  %2337 = add i32 %kmask223, 2
  %2338 = call i32 @llvm.smin.i32(i32 %2337, i32 %66)
  %2339 = sext i32 %2338 to i64
  %2340 = shl nsw i64 %2339, 7
  %2341 = getelementptr i8, ptr %19, i64 %2340
  %2342 = load <16 x i16>, ptr %2341, align 2
  %2343 = zext <16 x i16> %2342 to <16 x i32>
  %2344 = shl nuw <16 x i32> %2343, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16256 = bitcast <16 x i32> %2344 to <16 x float>
  %2345 = getelementptr i8, ptr %2341, i64 32
  %2346 = load <16 x i16>, ptr %2345, align 2
  %2347 = zext <16 x i16> %2346 to <16 x i32>
  %2348 = shl nuw <16 x i32> %2347, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16257 = bitcast <16 x i32> %2348 to <16 x float>
  %2349 = getelementptr i8, ptr %2341, i64 64
  %2350 = load <16 x i16>, ptr %2349, align 2
  %2351 = zext <16 x i16> %2350 to <16 x i32>
  %2352 = shl nuw <16 x i32> %2351, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16258 = bitcast <16 x i32> %2352 to <16 x float>
  %2353 = getelementptr i8, ptr %2341, i64 96
  %2354 = load <16 x i16>, ptr %2353, align 2
  %2355 = zext <16 x i16> %2354 to <16 x i32>
  %2356 = shl nuw <16 x i32> %2355, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16259 = bitcast <16 x i32> %2356 to <16 x float>
  %2357 = fmul <16 x float> %q224, %bf16256
  %2358 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q225, <16 x float> %bf16257, <16 x float> %2357)
  %2359 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q226, <16 x float> %bf16258, <16 x float> %2358)
  %2360 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q227, <16 x float> %bf16259, <16 x float> %2359)
  %2361 = fmul <16 x float> %q228, %bf16256
  %2362 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q229, <16 x float> %bf16257, <16 x float> %2361)
  %2363 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q230, <16 x float> %bf16258, <16 x float> %2362)
  %2364 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q231, <16 x float> %bf16259, <16 x float> %2363)
  %2365 = fmul <16 x float> %q232, %bf16256
  %2366 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q233, <16 x float> %bf16257, <16 x float> %2365)
  %2367 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q234, <16 x float> %bf16258, <16 x float> %2366)
  %2368 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q235, <16 x float> %bf16259, <16 x float> %2367)
  %2369 = fmul <16 x float> %q236, %bf16256
  %2370 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q237, <16 x float> %bf16257, <16 x float> %2369)
  %2371 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q238, <16 x float> %bf16258, <16 x float> %2370)
  %2372 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q239, <16 x float> %bf16259, <16 x float> %2371)
  %2373 = fmul <16 x float> %q240, %bf16256
  %2374 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q241, <16 x float> %bf16257, <16 x float> %2373)
  %2375 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q242, <16 x float> %bf16258, <16 x float> %2374)
  %2376 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q243, <16 x float> %bf16259, <16 x float> %2375)
  %2377 = fmul <16 x float> %q244, %bf16256
  %2378 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q245, <16 x float> %bf16257, <16 x float> %2377)
  %2379 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q246, <16 x float> %bf16258, <16 x float> %2378)
  %2380 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q247, <16 x float> %bf16259, <16 x float> %2379)
  %2381 = add i32 %kmask223, 3
  %2382 = call i32 @llvm.smin.i32(i32 %2381, i32 %66)
  %2383 = sext i32 %2382 to i64
  %2384 = shl nsw i64 %2383, 7
  %2385 = getelementptr i8, ptr %19, i64 %2384
  %2386 = load <16 x i16>, ptr %2385, align 2
  %2387 = zext <16 x i16> %2386 to <16 x i32>
  %2388 = shl nuw <16 x i32> %2387, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16260 = bitcast <16 x i32> %2388 to <16 x float>
  %2389 = getelementptr i8, ptr %2385, i64 32
  %2390 = load <16 x i16>, ptr %2389, align 2
  %2391 = zext <16 x i16> %2390 to <16 x i32>
  %2392 = shl nuw <16 x i32> %2391, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16261 = bitcast <16 x i32> %2392 to <16 x float>
  %2393 = getelementptr i8, ptr %2385, i64 64
  %2394 = load <16 x i16>, ptr %2393, align 2
  %2395 = zext <16 x i16> %2394 to <16 x i32>
  %2396 = shl nuw <16 x i32> %2395, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16262 = bitcast <16 x i32> %2396 to <16 x float>
  %2397 = getelementptr i8, ptr %2385, i64 96
  %2398 = load <16 x i16>, ptr %2397, align 2
  %2399 = zext <16 x i16> %2398 to <16 x i32>
  %2400 = shl nuw <16 x i32> %2399, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16263 = bitcast <16 x i32> %2400 to <16 x float>
  %2401 = fmul <16 x float> %q224, %bf16260
  %2402 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q225, <16 x float> %bf16261, <16 x float> %2401)
  %2403 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q226, <16 x float> %bf16262, <16 x float> %2402)
  %2404 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q227, <16 x float> %bf16263, <16 x float> %2403)
  %2405 = shufflevector <16 x float> %2360, <16 x float> %2404, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2406 = shufflevector <16 x float> %2360, <16 x float> %2404, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2407 = fadd <16 x float> %2405, %2406
  %2408 = shufflevector <16 x float> %2301, <16 x float> %2407, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2409 = shufflevector <16 x float> %2301, <16 x float> %2407, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2410 = fadd <16 x float> %2408, %2409
  %2411 = fmul <16 x float> %q228, %bf16260
  %2412 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q229, <16 x float> %bf16261, <16 x float> %2411)
  %2413 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q230, <16 x float> %bf16262, <16 x float> %2412)
  %2414 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q231, <16 x float> %bf16263, <16 x float> %2413)
  %2415 = shufflevector <16 x float> %2364, <16 x float> %2414, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2416 = shufflevector <16 x float> %2364, <16 x float> %2414, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2417 = fadd <16 x float> %2415, %2416
  %2418 = shufflevector <16 x float> %2308, <16 x float> %2417, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2419 = shufflevector <16 x float> %2308, <16 x float> %2417, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2420 = fadd <16 x float> %2418, %2419
  %2421 = fmul <16 x float> %q232, %bf16260
  %2422 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q233, <16 x float> %bf16261, <16 x float> %2421)
  %2423 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q234, <16 x float> %bf16262, <16 x float> %2422)
  %2424 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q235, <16 x float> %bf16263, <16 x float> %2423)
  %2425 = shufflevector <16 x float> %2368, <16 x float> %2424, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2426 = shufflevector <16 x float> %2368, <16 x float> %2424, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2427 = fadd <16 x float> %2425, %2426
  %2428 = shufflevector <16 x float> %2315, <16 x float> %2427, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2429 = shufflevector <16 x float> %2315, <16 x float> %2427, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2430 = fadd <16 x float> %2428, %2429
  %2431 = fmul <16 x float> %q236, %bf16260
  %2432 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q237, <16 x float> %bf16261, <16 x float> %2431)
  %2433 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q238, <16 x float> %bf16262, <16 x float> %2432)
  %2434 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q239, <16 x float> %bf16263, <16 x float> %2433)
  %2435 = shufflevector <16 x float> %2372, <16 x float> %2434, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2436 = shufflevector <16 x float> %2372, <16 x float> %2434, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2437 = fadd <16 x float> %2435, %2436
  %2438 = shufflevector <16 x float> %2322, <16 x float> %2437, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2439 = shufflevector <16 x float> %2322, <16 x float> %2437, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2440 = fadd <16 x float> %2438, %2439
  %2441 = fmul <16 x float> %q240, %bf16260
  %2442 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q241, <16 x float> %bf16261, <16 x float> %2441)
  %2443 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q242, <16 x float> %bf16262, <16 x float> %2442)
  %2444 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q243, <16 x float> %bf16263, <16 x float> %2443)
  %2445 = shufflevector <16 x float> %2376, <16 x float> %2444, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2446 = shufflevector <16 x float> %2376, <16 x float> %2444, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2447 = fadd <16 x float> %2445, %2446
  %2448 = shufflevector <16 x float> %2329, <16 x float> %2447, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2449 = shufflevector <16 x float> %2329, <16 x float> %2447, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2450 = fadd <16 x float> %2448, %2449
  %2451 = fmul <16 x float> %q244, %bf16260
  %2452 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q245, <16 x float> %bf16261, <16 x float> %2451)
  %2453 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q246, <16 x float> %bf16262, <16 x float> %2452)
  %2454 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q247, <16 x float> %bf16263, <16 x float> %2453)
  %2455 = shufflevector <16 x float> %2380, <16 x float> %2454, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2456 = shufflevector <16 x float> %2380, <16 x float> %2454, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2457 = fadd <16 x float> %2455, %2456
  %2458 = shufflevector <16 x float> %2336, <16 x float> %2457, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2459 = shufflevector <16 x float> %2336, <16 x float> %2457, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2460 = fadd <16 x float> %2458, %2459
  %2461 = add i32 %kmask223, 4
  %2462 = call i32 @llvm.smin.i32(i32 %2461, i32 %66)
  %2463 = sext i32 %2462 to i64
  %2464 = shl nsw i64 %2463, 7
  %2465 = getelementptr i8, ptr %19, i64 %2464
  %2466 = load <16 x i16>, ptr %2465, align 2
  %2467 = zext <16 x i16> %2466 to <16 x i32>
  %2468 = shl nuw <16 x i32> %2467, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16264 = bitcast <16 x i32> %2468 to <16 x float>
  %2469 = getelementptr i8, ptr %2465, i64 32
  %2470 = load <16 x i16>, ptr %2469, align 2
  %2471 = zext <16 x i16> %2470 to <16 x i32>
  %2472 = shl nuw <16 x i32> %2471, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16265 = bitcast <16 x i32> %2472 to <16 x float>
  %2473 = getelementptr i8, ptr %2465, i64 64
  %2474 = load <16 x i16>, ptr %2473, align 2
  %2475 = zext <16 x i16> %2474 to <16 x i32>
  %2476 = shl nuw <16 x i32> %2475, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16266 = bitcast <16 x i32> %2476 to <16 x float>
  %2477 = getelementptr i8, ptr %2465, i64 96
  %2478 = load <16 x i16>, ptr %2477, align 2
  %2479 = zext <16 x i16> %2478 to <16 x i32>
  %2480 = shl nuw <16 x i32> %2479, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16267 = bitcast <16 x i32> %2480 to <16 x float>
  %2481 = fmul <16 x float> %q224, %bf16264
  %2482 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q225, <16 x float> %bf16265, <16 x float> %2481)
  %2483 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q226, <16 x float> %bf16266, <16 x float> %2482)
  %2484 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q227, <16 x float> %bf16267, <16 x float> %2483)
  %2485 = fmul <16 x float> %q228, %bf16264
  %2486 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q229, <16 x float> %bf16265, <16 x float> %2485)
  %2487 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q230, <16 x float> %bf16266, <16 x float> %2486)
  %2488 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q231, <16 x float> %bf16267, <16 x float> %2487)
  %2489 = fmul <16 x float> %q232, %bf16264
  %2490 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q233, <16 x float> %bf16265, <16 x float> %2489)
  %2491 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q234, <16 x float> %bf16266, <16 x float> %2490)
  %2492 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q235, <16 x float> %bf16267, <16 x float> %2491)
  %2493 = fmul <16 x float> %q236, %bf16264
  %2494 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q237, <16 x float> %bf16265, <16 x float> %2493)
  %2495 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q238, <16 x float> %bf16266, <16 x float> %2494)
  %2496 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q239, <16 x float> %bf16267, <16 x float> %2495)
  %2497 = fmul <16 x float> %q240, %bf16264
  %2498 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q241, <16 x float> %bf16265, <16 x float> %2497)
  %2499 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q242, <16 x float> %bf16266, <16 x float> %2498)
  %2500 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q243, <16 x float> %bf16267, <16 x float> %2499)
  %2501 = fmul <16 x float> %q244, %bf16264
  %2502 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q245, <16 x float> %bf16265, <16 x float> %2501)
  %2503 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q246, <16 x float> %bf16266, <16 x float> %2502)
  %2504 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q247, <16 x float> %bf16267, <16 x float> %2503)
  %2505 = add i32 %kmask223, 5
  %2506 = call i32 @llvm.smin.i32(i32 %2505, i32 %66)
  %2507 = sext i32 %2506 to i64
  %2508 = shl nsw i64 %2507, 7
  %2509 = getelementptr i8, ptr %19, i64 %2508
  %2510 = load <16 x i16>, ptr %2509, align 2
  %2511 = zext <16 x i16> %2510 to <16 x i32>
  %2512 = shl nuw <16 x i32> %2511, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16268 = bitcast <16 x i32> %2512 to <16 x float>
  %2513 = getelementptr i8, ptr %2509, i64 32
  %2514 = load <16 x i16>, ptr %2513, align 2
  %2515 = zext <16 x i16> %2514 to <16 x i32>
  %2516 = shl nuw <16 x i32> %2515, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16269 = bitcast <16 x i32> %2516 to <16 x float>
  %2517 = getelementptr i8, ptr %2509, i64 64
  %2518 = load <16 x i16>, ptr %2517, align 2
  %2519 = zext <16 x i16> %2518 to <16 x i32>
  %2520 = shl nuw <16 x i32> %2519, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16270 = bitcast <16 x i32> %2520 to <16 x float>
  %2521 = getelementptr i8, ptr %2509, i64 96
  %2522 = load <16 x i16>, ptr %2521, align 2
  %2523 = zext <16 x i16> %2522 to <16 x i32>
  %2524 = shl nuw <16 x i32> %2523, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16271 = bitcast <16 x i32> %2524 to <16 x float>
  %2525 = fmul <16 x float> %q224, %bf16268
  %2526 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q225, <16 x float> %bf16269, <16 x float> %2525)
  %2527 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q226, <16 x float> %bf16270, <16 x float> %2526)
  %2528 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q227, <16 x float> %bf16271, <16 x float> %2527)
  %2529 = shufflevector <16 x float> %2484, <16 x float> %2528, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2530 = shufflevector <16 x float> %2484, <16 x float> %2528, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2531 = fadd <16 x float> %2529, %2530
  %2532 = fmul <16 x float> %q228, %bf16268
  %2533 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q229, <16 x float> %bf16269, <16 x float> %2532)
  %2534 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q230, <16 x float> %bf16270, <16 x float> %2533)
  %2535 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q231, <16 x float> %bf16271, <16 x float> %2534)
  %2536 = shufflevector <16 x float> %2488, <16 x float> %2535, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2537 = shufflevector <16 x float> %2488, <16 x float> %2535, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2538 = fadd <16 x float> %2536, %2537
  %2539 = fmul <16 x float> %q232, %bf16268
  %2540 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q233, <16 x float> %bf16269, <16 x float> %2539)
  %2541 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q234, <16 x float> %bf16270, <16 x float> %2540)
  %2542 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q235, <16 x float> %bf16271, <16 x float> %2541)
  %2543 = shufflevector <16 x float> %2492, <16 x float> %2542, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2544 = shufflevector <16 x float> %2492, <16 x float> %2542, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2545 = fadd <16 x float> %2543, %2544
  %2546 = fmul <16 x float> %q236, %bf16268
  %2547 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q237, <16 x float> %bf16269, <16 x float> %2546)
  %2548 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q238, <16 x float> %bf16270, <16 x float> %2547)
  %2549 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q239, <16 x float> %bf16271, <16 x float> %2548)
  %2550 = shufflevector <16 x float> %2496, <16 x float> %2549, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2551 = shufflevector <16 x float> %2496, <16 x float> %2549, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2552 = fadd <16 x float> %2550, %2551
  %2553 = fmul <16 x float> %q240, %bf16268
  %2554 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q241, <16 x float> %bf16269, <16 x float> %2553)
  %2555 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q242, <16 x float> %bf16270, <16 x float> %2554)
  %2556 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q243, <16 x float> %bf16271, <16 x float> %2555)
  %2557 = shufflevector <16 x float> %2500, <16 x float> %2556, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2558 = shufflevector <16 x float> %2500, <16 x float> %2556, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2559 = fadd <16 x float> %2557, %2558
  %2560 = fmul <16 x float> %q244, %bf16268
  %2561 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q245, <16 x float> %bf16269, <16 x float> %2560)
  %2562 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q246, <16 x float> %bf16270, <16 x float> %2561)
  %2563 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q247, <16 x float> %bf16271, <16 x float> %2562)
  %2564 = shufflevector <16 x float> %2504, <16 x float> %2563, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2565 = shufflevector <16 x float> %2504, <16 x float> %2563, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2566 = fadd <16 x float> %2564, %2565
  %2567 = add i32 %kmask223, 6
  %2568 = call i32 @llvm.smin.i32(i32 %2567, i32 %66)
  %2569 = sext i32 %2568 to i64
  %2570 = shl nsw i64 %2569, 7
  %2571 = getelementptr i8, ptr %19, i64 %2570
  %2572 = load <16 x i16>, ptr %2571, align 2
  %2573 = zext <16 x i16> %2572 to <16 x i32>
  %2574 = shl nuw <16 x i32> %2573, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16272 = bitcast <16 x i32> %2574 to <16 x float>
  %2575 = getelementptr i8, ptr %2571, i64 32
  %2576 = load <16 x i16>, ptr %2575, align 2
  %2577 = zext <16 x i16> %2576 to <16 x i32>
  %2578 = shl nuw <16 x i32> %2577, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16273 = bitcast <16 x i32> %2578 to <16 x float>
  %2579 = getelementptr i8, ptr %2571, i64 64
  %2580 = load <16 x i16>, ptr %2579, align 2
  %2581 = zext <16 x i16> %2580 to <16 x i32>
  %2582 = shl nuw <16 x i32> %2581, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16274 = bitcast <16 x i32> %2582 to <16 x float>
  %2583 = getelementptr i8, ptr %2571, i64 96
  %2584 = load <16 x i16>, ptr %2583, align 2
  %2585 = zext <16 x i16> %2584 to <16 x i32>
  %2586 = shl nuw <16 x i32> %2585, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16275 = bitcast <16 x i32> %2586 to <16 x float>
  %2587 = fmul <16 x float> %q224, %bf16272
  %2588 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q225, <16 x float> %bf16273, <16 x float> %2587)
  %2589 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q226, <16 x float> %bf16274, <16 x float> %2588)
  %2590 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q227, <16 x float> %bf16275, <16 x float> %2589)
  %2591 = fmul <16 x float> %q228, %bf16272
  %2592 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q229, <16 x float> %bf16273, <16 x float> %2591)
  %2593 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q230, <16 x float> %bf16274, <16 x float> %2592)
  %2594 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q231, <16 x float> %bf16275, <16 x float> %2593)
  %2595 = fmul <16 x float> %q232, %bf16272
  %2596 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q233, <16 x float> %bf16273, <16 x float> %2595)
  %2597 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q234, <16 x float> %bf16274, <16 x float> %2596)
  %2598 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q235, <16 x float> %bf16275, <16 x float> %2597)
  %2599 = fmul <16 x float> %q236, %bf16272
  %2600 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q237, <16 x float> %bf16273, <16 x float> %2599)
  %2601 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q238, <16 x float> %bf16274, <16 x float> %2600)
  %2602 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q239, <16 x float> %bf16275, <16 x float> %2601)
  %2603 = fmul <16 x float> %q240, %bf16272
  %2604 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q241, <16 x float> %bf16273, <16 x float> %2603)
  %2605 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q242, <16 x float> %bf16274, <16 x float> %2604)
  %2606 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q243, <16 x float> %bf16275, <16 x float> %2605)
  %2607 = fmul <16 x float> %q244, %bf16272
  %2608 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q245, <16 x float> %bf16273, <16 x float> %2607)
  %2609 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q246, <16 x float> %bf16274, <16 x float> %2608)
  %2610 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q247, <16 x float> %bf16275, <16 x float> %2609)
  %2611 = add i32 %kmask223, 7
  %2612 = call i32 @llvm.smin.i32(i32 %2611, i32 %66)
  %2613 = sext i32 %2612 to i64
  %2614 = shl nsw i64 %2613, 7
  %2615 = getelementptr i8, ptr %19, i64 %2614
  %2616 = load <16 x i16>, ptr %2615, align 2
  %2617 = zext <16 x i16> %2616 to <16 x i32>
  %2618 = shl nuw <16 x i32> %2617, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16276 = bitcast <16 x i32> %2618 to <16 x float>
  %2619 = getelementptr i8, ptr %2615, i64 32
  %2620 = load <16 x i16>, ptr %2619, align 2
  %2621 = zext <16 x i16> %2620 to <16 x i32>
  %2622 = shl nuw <16 x i32> %2621, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16277 = bitcast <16 x i32> %2622 to <16 x float>
  %2623 = getelementptr i8, ptr %2615, i64 64
  %2624 = load <16 x i16>, ptr %2623, align 2
  %2625 = zext <16 x i16> %2624 to <16 x i32>
  %2626 = shl nuw <16 x i32> %2625, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16278 = bitcast <16 x i32> %2626 to <16 x float>
  %2627 = getelementptr i8, ptr %2615, i64 96
  %2628 = load <16 x i16>, ptr %2627, align 2
  %2629 = zext <16 x i16> %2628 to <16 x i32>
  %2630 = shl nuw <16 x i32> %2629, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16279 = bitcast <16 x i32> %2630 to <16 x float>
  %2631 = fmul <16 x float> %q224, %bf16276
  %2632 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q225, <16 x float> %bf16277, <16 x float> %2631)
  %2633 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q226, <16 x float> %bf16278, <16 x float> %2632)
  %2634 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q227, <16 x float> %bf16279, <16 x float> %2633)
  %2635 = shufflevector <16 x float> %2590, <16 x float> %2634, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2636 = shufflevector <16 x float> %2590, <16 x float> %2634, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2637 = fadd <16 x float> %2635, %2636
  %2638 = shufflevector <16 x float> %2531, <16 x float> %2637, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2639 = shufflevector <16 x float> %2531, <16 x float> %2637, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2640 = fadd <16 x float> %2638, %2639
  %2641 = shufflevector <16 x float> %2410, <16 x float> %2640, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %2642 = shufflevector <16 x float> %2410, <16 x float> %2640, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %2643 = fadd <16 x float> %2641, %2642
  %2644 = fmul <16 x float> %q228, %bf16276
  %2645 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q229, <16 x float> %bf16277, <16 x float> %2644)
  %2646 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q230, <16 x float> %bf16278, <16 x float> %2645)
  %2647 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q231, <16 x float> %bf16279, <16 x float> %2646)
  %2648 = shufflevector <16 x float> %2594, <16 x float> %2647, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2649 = shufflevector <16 x float> %2594, <16 x float> %2647, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2650 = fadd <16 x float> %2648, %2649
  %2651 = shufflevector <16 x float> %2538, <16 x float> %2650, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2652 = shufflevector <16 x float> %2538, <16 x float> %2650, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2653 = fadd <16 x float> %2651, %2652
  %2654 = shufflevector <16 x float> %2420, <16 x float> %2653, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %2655 = shufflevector <16 x float> %2420, <16 x float> %2653, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %2656 = fadd <16 x float> %2654, %2655
  %2657 = fmul <16 x float> %q232, %bf16276
  %2658 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q233, <16 x float> %bf16277, <16 x float> %2657)
  %2659 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q234, <16 x float> %bf16278, <16 x float> %2658)
  %2660 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q235, <16 x float> %bf16279, <16 x float> %2659)
  %2661 = shufflevector <16 x float> %2598, <16 x float> %2660, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2662 = shufflevector <16 x float> %2598, <16 x float> %2660, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2663 = fadd <16 x float> %2661, %2662
  %2664 = shufflevector <16 x float> %2545, <16 x float> %2663, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2665 = shufflevector <16 x float> %2545, <16 x float> %2663, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2666 = fadd <16 x float> %2664, %2665
  %2667 = shufflevector <16 x float> %2430, <16 x float> %2666, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %2668 = shufflevector <16 x float> %2430, <16 x float> %2666, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %2669 = fadd <16 x float> %2667, %2668
  %2670 = fmul <16 x float> %q236, %bf16276
  %2671 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q237, <16 x float> %bf16277, <16 x float> %2670)
  %2672 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q238, <16 x float> %bf16278, <16 x float> %2671)
  %2673 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q239, <16 x float> %bf16279, <16 x float> %2672)
  %2674 = shufflevector <16 x float> %2602, <16 x float> %2673, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2675 = shufflevector <16 x float> %2602, <16 x float> %2673, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2676 = fadd <16 x float> %2674, %2675
  %2677 = shufflevector <16 x float> %2552, <16 x float> %2676, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2678 = shufflevector <16 x float> %2552, <16 x float> %2676, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2679 = fadd <16 x float> %2677, %2678
  %2680 = shufflevector <16 x float> %2440, <16 x float> %2679, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %2681 = shufflevector <16 x float> %2440, <16 x float> %2679, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %2682 = fadd <16 x float> %2680, %2681
  %2683 = fmul <16 x float> %q240, %bf16276
  %2684 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q241, <16 x float> %bf16277, <16 x float> %2683)
  %2685 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q242, <16 x float> %bf16278, <16 x float> %2684)
  %2686 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q243, <16 x float> %bf16279, <16 x float> %2685)
  %2687 = shufflevector <16 x float> %2606, <16 x float> %2686, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2688 = shufflevector <16 x float> %2606, <16 x float> %2686, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2689 = fadd <16 x float> %2687, %2688
  %2690 = shufflevector <16 x float> %2559, <16 x float> %2689, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2691 = shufflevector <16 x float> %2559, <16 x float> %2689, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2692 = fadd <16 x float> %2690, %2691
  %2693 = shufflevector <16 x float> %2450, <16 x float> %2692, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %2694 = shufflevector <16 x float> %2450, <16 x float> %2692, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %2695 = fadd <16 x float> %2693, %2694
  %2696 = fmul <16 x float> %q244, %bf16276
  %2697 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q245, <16 x float> %bf16277, <16 x float> %2696)
  %2698 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q246, <16 x float> %bf16278, <16 x float> %2697)
  %2699 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q247, <16 x float> %bf16279, <16 x float> %2698)
  %2700 = shufflevector <16 x float> %2610, <16 x float> %2699, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2701 = shufflevector <16 x float> %2610, <16 x float> %2699, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2702 = fadd <16 x float> %2700, %2701
  %2703 = shufflevector <16 x float> %2566, <16 x float> %2702, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2704 = shufflevector <16 x float> %2566, <16 x float> %2702, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2705 = fadd <16 x float> %2703, %2704
  %2706 = shufflevector <16 x float> %2460, <16 x float> %2705, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %2707 = shufflevector <16 x float> %2460, <16 x float> %2705, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %2708 = fadd <16 x float> %2706, %2707
  %2709 = add i32 %kmask223, 8
  %2710 = call i32 @llvm.smin.i32(i32 %2709, i32 %66)
  %2711 = sext i32 %2710 to i64
  %2712 = shl nsw i64 %2711, 7
  %2713 = getelementptr i8, ptr %19, i64 %2712
  %2714 = load <16 x i16>, ptr %2713, align 2
  %2715 = zext <16 x i16> %2714 to <16 x i32>
  %2716 = shl nuw <16 x i32> %2715, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16280 = bitcast <16 x i32> %2716 to <16 x float>
  %2717 = getelementptr i8, ptr %2713, i64 32
  %2718 = load <16 x i16>, ptr %2717, align 2
  %2719 = zext <16 x i16> %2718 to <16 x i32>
  %2720 = shl nuw <16 x i32> %2719, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16281 = bitcast <16 x i32> %2720 to <16 x float>
  %2721 = getelementptr i8, ptr %2713, i64 64
  %2722 = load <16 x i16>, ptr %2721, align 2
  %2723 = zext <16 x i16> %2722 to <16 x i32>
  %2724 = shl nuw <16 x i32> %2723, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16282 = bitcast <16 x i32> %2724 to <16 x float>
  %2725 = getelementptr i8, ptr %2713, i64 96
  %2726 = load <16 x i16>, ptr %2725, align 2
  %2727 = zext <16 x i16> %2726 to <16 x i32>
  %2728 = shl nuw <16 x i32> %2727, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16283 = bitcast <16 x i32> %2728 to <16 x float>
  %2729 = fmul <16 x float> %q224, %bf16280
  %2730 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q225, <16 x float> %bf16281, <16 x float> %2729)
  %2731 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q226, <16 x float> %bf16282, <16 x float> %2730)
  %2732 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q227, <16 x float> %bf16283, <16 x float> %2731)
  %2733 = fmul <16 x float> %q228, %bf16280
  %2734 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q229, <16 x float> %bf16281, <16 x float> %2733)
  %2735 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q230, <16 x float> %bf16282, <16 x float> %2734)
  %2736 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q231, <16 x float> %bf16283, <16 x float> %2735)
  %2737 = fmul <16 x float> %q232, %bf16280
  %2738 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q233, <16 x float> %bf16281, <16 x float> %2737)
  %2739 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q234, <16 x float> %bf16282, <16 x float> %2738)
  %2740 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q235, <16 x float> %bf16283, <16 x float> %2739)
  %2741 = fmul <16 x float> %q236, %bf16280
  %2742 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q237, <16 x float> %bf16281, <16 x float> %2741)
  %2743 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q238, <16 x float> %bf16282, <16 x float> %2742)
  %2744 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q239, <16 x float> %bf16283, <16 x float> %2743)
  %2745 = fmul <16 x float> %q240, %bf16280
  %2746 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q241, <16 x float> %bf16281, <16 x float> %2745)
  %2747 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q242, <16 x float> %bf16282, <16 x float> %2746)
  %2748 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q243, <16 x float> %bf16283, <16 x float> %2747)
  %2749 = fmul <16 x float> %q244, %bf16280
  %2750 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q245, <16 x float> %bf16281, <16 x float> %2749)
  %2751 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q246, <16 x float> %bf16282, <16 x float> %2750)
  %2752 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q247, <16 x float> %bf16283, <16 x float> %2751)
  %2753 = add i32 %kmask223, 9
  %2754 = call i32 @llvm.smin.i32(i32 %2753, i32 %66)
  %2755 = sext i32 %2754 to i64
  %2756 = shl nsw i64 %2755, 7
  %2757 = getelementptr i8, ptr %19, i64 %2756
  %2758 = load <16 x i16>, ptr %2757, align 2
  %2759 = zext <16 x i16> %2758 to <16 x i32>
  %2760 = shl nuw <16 x i32> %2759, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16284 = bitcast <16 x i32> %2760 to <16 x float>
  %2761 = getelementptr i8, ptr %2757, i64 32
  %2762 = load <16 x i16>, ptr %2761, align 2
  %2763 = zext <16 x i16> %2762 to <16 x i32>
  %2764 = shl nuw <16 x i32> %2763, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16285 = bitcast <16 x i32> %2764 to <16 x float>
  %2765 = getelementptr i8, ptr %2757, i64 64
  %2766 = load <16 x i16>, ptr %2765, align 2
  %2767 = zext <16 x i16> %2766 to <16 x i32>
  %2768 = shl nuw <16 x i32> %2767, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16286 = bitcast <16 x i32> %2768 to <16 x float>
  %2769 = getelementptr i8, ptr %2757, i64 96
  %2770 = load <16 x i16>, ptr %2769, align 2
  %2771 = zext <16 x i16> %2770 to <16 x i32>
  %2772 = shl nuw <16 x i32> %2771, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16287 = bitcast <16 x i32> %2772 to <16 x float>
  %2773 = fmul <16 x float> %q224, %bf16284
  %2774 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q225, <16 x float> %bf16285, <16 x float> %2773)
  %2775 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q226, <16 x float> %bf16286, <16 x float> %2774)
  %2776 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q227, <16 x float> %bf16287, <16 x float> %2775)
  %2777 = shufflevector <16 x float> %2732, <16 x float> %2776, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2778 = shufflevector <16 x float> %2732, <16 x float> %2776, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2779 = fadd <16 x float> %2777, %2778
  %2780 = fmul <16 x float> %q228, %bf16284
  %2781 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q229, <16 x float> %bf16285, <16 x float> %2780)
  %2782 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q230, <16 x float> %bf16286, <16 x float> %2781)
  %2783 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q231, <16 x float> %bf16287, <16 x float> %2782)
  %2784 = shufflevector <16 x float> %2736, <16 x float> %2783, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2785 = shufflevector <16 x float> %2736, <16 x float> %2783, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2786 = fadd <16 x float> %2784, %2785
  %2787 = fmul <16 x float> %q232, %bf16284
  %2788 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q233, <16 x float> %bf16285, <16 x float> %2787)
  %2789 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q234, <16 x float> %bf16286, <16 x float> %2788)
  %2790 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q235, <16 x float> %bf16287, <16 x float> %2789)
  %2791 = shufflevector <16 x float> %2740, <16 x float> %2790, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2792 = shufflevector <16 x float> %2740, <16 x float> %2790, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2793 = fadd <16 x float> %2791, %2792
  %2794 = fmul <16 x float> %q236, %bf16284
  %2795 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q237, <16 x float> %bf16285, <16 x float> %2794)
  %2796 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q238, <16 x float> %bf16286, <16 x float> %2795)
  %2797 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q239, <16 x float> %bf16287, <16 x float> %2796)
  %2798 = shufflevector <16 x float> %2744, <16 x float> %2797, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2799 = shufflevector <16 x float> %2744, <16 x float> %2797, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2800 = fadd <16 x float> %2798, %2799
  %2801 = fmul <16 x float> %q240, %bf16284
  %2802 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q241, <16 x float> %bf16285, <16 x float> %2801)
  %2803 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q242, <16 x float> %bf16286, <16 x float> %2802)
  %2804 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q243, <16 x float> %bf16287, <16 x float> %2803)
  %2805 = shufflevector <16 x float> %2748, <16 x float> %2804, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2806 = shufflevector <16 x float> %2748, <16 x float> %2804, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2807 = fadd <16 x float> %2805, %2806
  %2808 = fmul <16 x float> %q244, %bf16284
  %2809 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q245, <16 x float> %bf16285, <16 x float> %2808)
  %2810 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q246, <16 x float> %bf16286, <16 x float> %2809)
  %2811 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q247, <16 x float> %bf16287, <16 x float> %2810)
  %2812 = shufflevector <16 x float> %2752, <16 x float> %2811, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2813 = shufflevector <16 x float> %2752, <16 x float> %2811, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2814 = fadd <16 x float> %2812, %2813
  %2815 = add i32 %kmask223, 10
  %2816 = call i32 @llvm.smin.i32(i32 %2815, i32 %66)
  %2817 = sext i32 %2816 to i64
  %2818 = shl nsw i64 %2817, 7
  %2819 = getelementptr i8, ptr %19, i64 %2818
  %2820 = load <16 x i16>, ptr %2819, align 2
  %2821 = zext <16 x i16> %2820 to <16 x i32>
  %2822 = shl nuw <16 x i32> %2821, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16288 = bitcast <16 x i32> %2822 to <16 x float>
  %2823 = getelementptr i8, ptr %2819, i64 32
  %2824 = load <16 x i16>, ptr %2823, align 2
  %2825 = zext <16 x i16> %2824 to <16 x i32>
  %2826 = shl nuw <16 x i32> %2825, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16289 = bitcast <16 x i32> %2826 to <16 x float>
  %2827 = getelementptr i8, ptr %2819, i64 64
  %2828 = load <16 x i16>, ptr %2827, align 2
  %2829 = zext <16 x i16> %2828 to <16 x i32>
  %2830 = shl nuw <16 x i32> %2829, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16290 = bitcast <16 x i32> %2830 to <16 x float>
  %2831 = getelementptr i8, ptr %2819, i64 96
  %2832 = load <16 x i16>, ptr %2831, align 2
  %2833 = zext <16 x i16> %2832 to <16 x i32>
  %2834 = shl nuw <16 x i32> %2833, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16291 = bitcast <16 x i32> %2834 to <16 x float>
  %2835 = fmul <16 x float> %q224, %bf16288
  %2836 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q225, <16 x float> %bf16289, <16 x float> %2835)
  %2837 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q226, <16 x float> %bf16290, <16 x float> %2836)
  %2838 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q227, <16 x float> %bf16291, <16 x float> %2837)
  %2839 = fmul <16 x float> %q228, %bf16288
  %2840 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q229, <16 x float> %bf16289, <16 x float> %2839)
  %2841 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q230, <16 x float> %bf16290, <16 x float> %2840)
  %2842 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q231, <16 x float> %bf16291, <16 x float> %2841)
  %2843 = fmul <16 x float> %q232, %bf16288
  %2844 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q233, <16 x float> %bf16289, <16 x float> %2843)
  %2845 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q234, <16 x float> %bf16290, <16 x float> %2844)
  %2846 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q235, <16 x float> %bf16291, <16 x float> %2845)
  %2847 = fmul <16 x float> %q236, %bf16288
  %2848 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q237, <16 x float> %bf16289, <16 x float> %2847)
  %2849 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q238, <16 x float> %bf16290, <16 x float> %2848)
  %2850 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q239, <16 x float> %bf16291, <16 x float> %2849)
  %2851 = fmul <16 x float> %q240, %bf16288
  %2852 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q241, <16 x float> %bf16289, <16 x float> %2851)
  %2853 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q242, <16 x float> %bf16290, <16 x float> %2852)
  %2854 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q243, <16 x float> %bf16291, <16 x float> %2853)
  %2855 = fmul <16 x float> %q244, %bf16288
  %2856 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q245, <16 x float> %bf16289, <16 x float> %2855)
  %2857 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q246, <16 x float> %bf16290, <16 x float> %2856)
  %2858 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q247, <16 x float> %bf16291, <16 x float> %2857)
  %2859 = add i32 %kmask223, 11
  %2860 = call i32 @llvm.smin.i32(i32 %2859, i32 %66)
  %2861 = sext i32 %2860 to i64
  %2862 = shl nsw i64 %2861, 7
  %2863 = getelementptr i8, ptr %19, i64 %2862
  %2864 = load <16 x i16>, ptr %2863, align 2
  %2865 = zext <16 x i16> %2864 to <16 x i32>
  %2866 = shl nuw <16 x i32> %2865, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16292 = bitcast <16 x i32> %2866 to <16 x float>
  %2867 = getelementptr i8, ptr %2863, i64 32
  %2868 = load <16 x i16>, ptr %2867, align 2
  %2869 = zext <16 x i16> %2868 to <16 x i32>
  %2870 = shl nuw <16 x i32> %2869, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16293 = bitcast <16 x i32> %2870 to <16 x float>
  %2871 = getelementptr i8, ptr %2863, i64 64
  %2872 = load <16 x i16>, ptr %2871, align 2
  %2873 = zext <16 x i16> %2872 to <16 x i32>
  %2874 = shl nuw <16 x i32> %2873, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16294 = bitcast <16 x i32> %2874 to <16 x float>
  %2875 = getelementptr i8, ptr %2863, i64 96
  %2876 = load <16 x i16>, ptr %2875, align 2
  %2877 = zext <16 x i16> %2876 to <16 x i32>
  %2878 = shl nuw <16 x i32> %2877, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16295 = bitcast <16 x i32> %2878 to <16 x float>
  %2879 = fmul <16 x float> %q224, %bf16292
  %2880 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q225, <16 x float> %bf16293, <16 x float> %2879)
  %2881 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q226, <16 x float> %bf16294, <16 x float> %2880)
  %2882 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q227, <16 x float> %bf16295, <16 x float> %2881)
  %2883 = shufflevector <16 x float> %2838, <16 x float> %2882, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2884 = shufflevector <16 x float> %2838, <16 x float> %2882, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2885 = fadd <16 x float> %2883, %2884
  %2886 = shufflevector <16 x float> %2779, <16 x float> %2885, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2887 = shufflevector <16 x float> %2779, <16 x float> %2885, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2888 = fadd <16 x float> %2886, %2887
  %2889 = fmul <16 x float> %q228, %bf16292
  %2890 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q229, <16 x float> %bf16293, <16 x float> %2889)
  %2891 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q230, <16 x float> %bf16294, <16 x float> %2890)
  %2892 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q231, <16 x float> %bf16295, <16 x float> %2891)
  %2893 = shufflevector <16 x float> %2842, <16 x float> %2892, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2894 = shufflevector <16 x float> %2842, <16 x float> %2892, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2895 = fadd <16 x float> %2893, %2894
  %2896 = shufflevector <16 x float> %2786, <16 x float> %2895, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2897 = shufflevector <16 x float> %2786, <16 x float> %2895, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2898 = fadd <16 x float> %2896, %2897
  %2899 = fmul <16 x float> %q232, %bf16292
  %2900 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q233, <16 x float> %bf16293, <16 x float> %2899)
  %2901 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q234, <16 x float> %bf16294, <16 x float> %2900)
  %2902 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q235, <16 x float> %bf16295, <16 x float> %2901)
  %2903 = shufflevector <16 x float> %2846, <16 x float> %2902, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2904 = shufflevector <16 x float> %2846, <16 x float> %2902, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2905 = fadd <16 x float> %2903, %2904
  %2906 = shufflevector <16 x float> %2793, <16 x float> %2905, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2907 = shufflevector <16 x float> %2793, <16 x float> %2905, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2908 = fadd <16 x float> %2906, %2907
  %2909 = fmul <16 x float> %q236, %bf16292
  %2910 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q237, <16 x float> %bf16293, <16 x float> %2909)
  %2911 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q238, <16 x float> %bf16294, <16 x float> %2910)
  %2912 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q239, <16 x float> %bf16295, <16 x float> %2911)
  %2913 = shufflevector <16 x float> %2850, <16 x float> %2912, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2914 = shufflevector <16 x float> %2850, <16 x float> %2912, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2915 = fadd <16 x float> %2913, %2914
  %2916 = shufflevector <16 x float> %2800, <16 x float> %2915, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2917 = shufflevector <16 x float> %2800, <16 x float> %2915, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2918 = fadd <16 x float> %2916, %2917
  %2919 = fmul <16 x float> %q240, %bf16292
  %2920 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q241, <16 x float> %bf16293, <16 x float> %2919)
  %2921 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q242, <16 x float> %bf16294, <16 x float> %2920)
  %2922 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q243, <16 x float> %bf16295, <16 x float> %2921)
  %2923 = shufflevector <16 x float> %2854, <16 x float> %2922, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2924 = shufflevector <16 x float> %2854, <16 x float> %2922, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2925 = fadd <16 x float> %2923, %2924
  %2926 = shufflevector <16 x float> %2807, <16 x float> %2925, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2927 = shufflevector <16 x float> %2807, <16 x float> %2925, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2928 = fadd <16 x float> %2926, %2927
  %2929 = fmul <16 x float> %q244, %bf16292
  %2930 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q245, <16 x float> %bf16293, <16 x float> %2929)
  %2931 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q246, <16 x float> %bf16294, <16 x float> %2930)
  %2932 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q247, <16 x float> %bf16295, <16 x float> %2931)
  %2933 = shufflevector <16 x float> %2858, <16 x float> %2932, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2934 = shufflevector <16 x float> %2858, <16 x float> %2932, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2935 = fadd <16 x float> %2933, %2934
  %2936 = shufflevector <16 x float> %2814, <16 x float> %2935, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2937 = shufflevector <16 x float> %2814, <16 x float> %2935, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2938 = fadd <16 x float> %2936, %2937
  %2939 = add i32 %kmask223, 12
  %2940 = call i32 @llvm.smin.i32(i32 %2939, i32 %66)
  %2941 = sext i32 %2940 to i64
  %2942 = shl nsw i64 %2941, 7
  %2943 = getelementptr i8, ptr %19, i64 %2942
  %2944 = load <16 x i16>, ptr %2943, align 2
  %2945 = zext <16 x i16> %2944 to <16 x i32>
  %2946 = shl nuw <16 x i32> %2945, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16296 = bitcast <16 x i32> %2946 to <16 x float>
  %2947 = getelementptr i8, ptr %2943, i64 32
  %2948 = load <16 x i16>, ptr %2947, align 2
  %2949 = zext <16 x i16> %2948 to <16 x i32>
  %2950 = shl nuw <16 x i32> %2949, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16297 = bitcast <16 x i32> %2950 to <16 x float>
  %2951 = getelementptr i8, ptr %2943, i64 64
  %2952 = load <16 x i16>, ptr %2951, align 2
  %2953 = zext <16 x i16> %2952 to <16 x i32>
  %2954 = shl nuw <16 x i32> %2953, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16298 = bitcast <16 x i32> %2954 to <16 x float>
  %2955 = getelementptr i8, ptr %2943, i64 96
  %2956 = load <16 x i16>, ptr %2955, align 2
  %2957 = zext <16 x i16> %2956 to <16 x i32>
  %2958 = shl nuw <16 x i32> %2957, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16299 = bitcast <16 x i32> %2958 to <16 x float>
  %2959 = fmul <16 x float> %q224, %bf16296
  %2960 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q225, <16 x float> %bf16297, <16 x float> %2959)
  %2961 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q226, <16 x float> %bf16298, <16 x float> %2960)
  %2962 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q227, <16 x float> %bf16299, <16 x float> %2961)
  %2963 = fmul <16 x float> %q228, %bf16296
  %2964 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q229, <16 x float> %bf16297, <16 x float> %2963)
  %2965 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q230, <16 x float> %bf16298, <16 x float> %2964)
  %2966 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q231, <16 x float> %bf16299, <16 x float> %2965)
  %2967 = fmul <16 x float> %q232, %bf16296
  %2968 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q233, <16 x float> %bf16297, <16 x float> %2967)
  %2969 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q234, <16 x float> %bf16298, <16 x float> %2968)
  %2970 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q235, <16 x float> %bf16299, <16 x float> %2969)
  %2971 = fmul <16 x float> %q236, %bf16296
  %2972 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q237, <16 x float> %bf16297, <16 x float> %2971)
  %2973 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q238, <16 x float> %bf16298, <16 x float> %2972)
  %2974 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q239, <16 x float> %bf16299, <16 x float> %2973)
  %2975 = fmul <16 x float> %q240, %bf16296
  %2976 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q241, <16 x float> %bf16297, <16 x float> %2975)
  %2977 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q242, <16 x float> %bf16298, <16 x float> %2976)
  %2978 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q243, <16 x float> %bf16299, <16 x float> %2977)
  %2979 = fmul <16 x float> %q244, %bf16296
  %2980 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q245, <16 x float> %bf16297, <16 x float> %2979)
  %2981 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q246, <16 x float> %bf16298, <16 x float> %2980)
  %2982 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q247, <16 x float> %bf16299, <16 x float> %2981)
  %2983 = add i32 %kmask223, 13
  %2984 = call i32 @llvm.smin.i32(i32 %2983, i32 %66)
  %2985 = sext i32 %2984 to i64
  %2986 = shl nsw i64 %2985, 7
  %2987 = getelementptr i8, ptr %19, i64 %2986
  %2988 = load <16 x i16>, ptr %2987, align 2
  %2989 = zext <16 x i16> %2988 to <16 x i32>
  %2990 = shl nuw <16 x i32> %2989, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16300 = bitcast <16 x i32> %2990 to <16 x float>
  %2991 = getelementptr i8, ptr %2987, i64 32
  %2992 = load <16 x i16>, ptr %2991, align 2
  %2993 = zext <16 x i16> %2992 to <16 x i32>
  %2994 = shl nuw <16 x i32> %2993, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16301 = bitcast <16 x i32> %2994 to <16 x float>
  %2995 = getelementptr i8, ptr %2987, i64 64
  %2996 = load <16 x i16>, ptr %2995, align 2
  %2997 = zext <16 x i16> %2996 to <16 x i32>
  %2998 = shl nuw <16 x i32> %2997, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16302 = bitcast <16 x i32> %2998 to <16 x float>
  %2999 = getelementptr i8, ptr %2987, i64 96
  %3000 = load <16 x i16>, ptr %2999, align 2
  %3001 = zext <16 x i16> %3000 to <16 x i32>
  %3002 = shl nuw <16 x i32> %3001, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16303 = bitcast <16 x i32> %3002 to <16 x float>
  %3003 = fmul <16 x float> %q224, %bf16300
  %3004 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q225, <16 x float> %bf16301, <16 x float> %3003)
  %3005 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q226, <16 x float> %bf16302, <16 x float> %3004)
  %3006 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q227, <16 x float> %bf16303, <16 x float> %3005)
  %3007 = shufflevector <16 x float> %2962, <16 x float> %3006, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %3008 = shufflevector <16 x float> %2962, <16 x float> %3006, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %3009 = fadd <16 x float> %3007, %3008
  %3010 = fmul <16 x float> %q228, %bf16300
  %3011 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q229, <16 x float> %bf16301, <16 x float> %3010)
  %3012 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q230, <16 x float> %bf16302, <16 x float> %3011)
  %3013 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q231, <16 x float> %bf16303, <16 x float> %3012)
  %3014 = shufflevector <16 x float> %2966, <16 x float> %3013, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %3015 = shufflevector <16 x float> %2966, <16 x float> %3013, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %3016 = fadd <16 x float> %3014, %3015
  %3017 = fmul <16 x float> %q232, %bf16300
  %3018 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q233, <16 x float> %bf16301, <16 x float> %3017)
  %3019 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q234, <16 x float> %bf16302, <16 x float> %3018)
  %3020 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q235, <16 x float> %bf16303, <16 x float> %3019)
  %3021 = shufflevector <16 x float> %2970, <16 x float> %3020, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %3022 = shufflevector <16 x float> %2970, <16 x float> %3020, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %3023 = fadd <16 x float> %3021, %3022
  %3024 = fmul <16 x float> %q236, %bf16300
  %3025 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q237, <16 x float> %bf16301, <16 x float> %3024)
  %3026 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q238, <16 x float> %bf16302, <16 x float> %3025)
  %3027 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q239, <16 x float> %bf16303, <16 x float> %3026)
  %3028 = shufflevector <16 x float> %2974, <16 x float> %3027, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %3029 = shufflevector <16 x float> %2974, <16 x float> %3027, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %3030 = fadd <16 x float> %3028, %3029
  %3031 = fmul <16 x float> %q240, %bf16300
  %3032 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q241, <16 x float> %bf16301, <16 x float> %3031)
  %3033 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q242, <16 x float> %bf16302, <16 x float> %3032)
  %3034 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q243, <16 x float> %bf16303, <16 x float> %3033)
  %3035 = shufflevector <16 x float> %2978, <16 x float> %3034, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %3036 = shufflevector <16 x float> %2978, <16 x float> %3034, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %3037 = fadd <16 x float> %3035, %3036
  %3038 = fmul <16 x float> %q244, %bf16300
  %3039 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q245, <16 x float> %bf16301, <16 x float> %3038)
  %3040 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q246, <16 x float> %bf16302, <16 x float> %3039)
  %3041 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q247, <16 x float> %bf16303, <16 x float> %3040)
  %3042 = shufflevector <16 x float> %2982, <16 x float> %3041, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %3043 = shufflevector <16 x float> %2982, <16 x float> %3041, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %3044 = fadd <16 x float> %3042, %3043
  %3045 = add i32 %kmask223, 14
  %3046 = call i32 @llvm.smin.i32(i32 %3045, i32 %66)
  %3047 = sext i32 %3046 to i64
  %3048 = shl nsw i64 %3047, 7
  %3049 = getelementptr i8, ptr %19, i64 %3048
  %3050 = load <16 x i16>, ptr %3049, align 2
  %3051 = zext <16 x i16> %3050 to <16 x i32>
  %3052 = shl nuw <16 x i32> %3051, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16304 = bitcast <16 x i32> %3052 to <16 x float>
  %3053 = getelementptr i8, ptr %3049, i64 32
  %3054 = load <16 x i16>, ptr %3053, align 2
  %3055 = zext <16 x i16> %3054 to <16 x i32>
  %3056 = shl nuw <16 x i32> %3055, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16305 = bitcast <16 x i32> %3056 to <16 x float>
  %3057 = getelementptr i8, ptr %3049, i64 64
  %3058 = load <16 x i16>, ptr %3057, align 2
  %3059 = zext <16 x i16> %3058 to <16 x i32>
  %3060 = shl nuw <16 x i32> %3059, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16306 = bitcast <16 x i32> %3060 to <16 x float>
  %3061 = getelementptr i8, ptr %3049, i64 96
  %3062 = load <16 x i16>, ptr %3061, align 2
  %3063 = zext <16 x i16> %3062 to <16 x i32>
  %3064 = shl nuw <16 x i32> %3063, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16307 = bitcast <16 x i32> %3064 to <16 x float>
  %3065 = fmul <16 x float> %q224, %bf16304
  %3066 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q225, <16 x float> %bf16305, <16 x float> %3065)
  %3067 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q226, <16 x float> %bf16306, <16 x float> %3066)
  %3068 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q227, <16 x float> %bf16307, <16 x float> %3067)
  %3069 = fmul <16 x float> %q228, %bf16304
  %3070 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q229, <16 x float> %bf16305, <16 x float> %3069)
  %3071 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q230, <16 x float> %bf16306, <16 x float> %3070)
  %3072 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q231, <16 x float> %bf16307, <16 x float> %3071)
  %3073 = fmul <16 x float> %q232, %bf16304
  %3074 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q233, <16 x float> %bf16305, <16 x float> %3073)
  %3075 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q234, <16 x float> %bf16306, <16 x float> %3074)
  %3076 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q235, <16 x float> %bf16307, <16 x float> %3075)
  %3077 = fmul <16 x float> %q236, %bf16304
  %3078 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q237, <16 x float> %bf16305, <16 x float> %3077)
  %3079 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q238, <16 x float> %bf16306, <16 x float> %3078)
  %3080 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q239, <16 x float> %bf16307, <16 x float> %3079)
  %3081 = fmul <16 x float> %q240, %bf16304
  %3082 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q241, <16 x float> %bf16305, <16 x float> %3081)
  %3083 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q242, <16 x float> %bf16306, <16 x float> %3082)
  %3084 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q243, <16 x float> %bf16307, <16 x float> %3083)
  %3085 = fmul <16 x float> %q244, %bf16304
  %3086 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q245, <16 x float> %bf16305, <16 x float> %3085)
  %3087 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q246, <16 x float> %bf16306, <16 x float> %3086)
  %3088 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q247, <16 x float> %bf16307, <16 x float> %3087)
  %3089 = add i32 %kmask223, 15
  %3090 = call i32 @llvm.smin.i32(i32 %3089, i32 %66)
  %3091 = sext i32 %3090 to i64
  %3092 = shl nsw i64 %3091, 7
  %3093 = getelementptr i8, ptr %19, i64 %3092
  %3094 = load <16 x i16>, ptr %3093, align 2
  %3095 = zext <16 x i16> %3094 to <16 x i32>
  %3096 = shl nuw <16 x i32> %3095, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16308 = bitcast <16 x i32> %3096 to <16 x float>
  %3097 = getelementptr i8, ptr %3093, i64 32
  %3098 = load <16 x i16>, ptr %3097, align 2
  %3099 = zext <16 x i16> %3098 to <16 x i32>
  %3100 = shl nuw <16 x i32> %3099, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16309 = bitcast <16 x i32> %3100 to <16 x float>
  %3101 = getelementptr i8, ptr %3093, i64 64
  %3102 = load <16 x i16>, ptr %3101, align 2
  %3103 = zext <16 x i16> %3102 to <16 x i32>
  %3104 = shl nuw <16 x i32> %3103, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16310 = bitcast <16 x i32> %3104 to <16 x float>
  %3105 = getelementptr i8, ptr %3093, i64 96
  %3106 = load <16 x i16>, ptr %3105, align 2
  %3107 = zext <16 x i16> %3106 to <16 x i32>
  %3108 = shl nuw <16 x i32> %3107, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16311 = bitcast <16 x i32> %3108 to <16 x float>
  %3109 = fmul <16 x float> %q224, %bf16308
  %3110 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q225, <16 x float> %bf16309, <16 x float> %3109)
  %3111 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q226, <16 x float> %bf16310, <16 x float> %3110)
  %3112 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q227, <16 x float> %bf16311, <16 x float> %3111)
  %3113 = shufflevector <16 x float> %3068, <16 x float> %3112, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %3114 = shufflevector <16 x float> %3068, <16 x float> %3112, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %3115 = fadd <16 x float> %3113, %3114
  %3116 = shufflevector <16 x float> %3009, <16 x float> %3115, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %3117 = shufflevector <16 x float> %3009, <16 x float> %3115, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %3118 = fadd <16 x float> %3116, %3117
  %3119 = shufflevector <16 x float> %2888, <16 x float> %3118, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %3120 = shufflevector <16 x float> %2888, <16 x float> %3118, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %3121 = fadd <16 x float> %3119, %3120
  %3122 = shufflevector <16 x float> %2643, <16 x float> %3121, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %3123 = shufflevector <16 x float> %2643, <16 x float> %3121, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %3124 = fadd <16 x float> %3122, %3123
  %3125 = fmul <16 x float> %q228, %bf16308
  %3126 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q229, <16 x float> %bf16309, <16 x float> %3125)
  %3127 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q230, <16 x float> %bf16310, <16 x float> %3126)
  %3128 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q231, <16 x float> %bf16311, <16 x float> %3127)
  %3129 = shufflevector <16 x float> %3072, <16 x float> %3128, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %3130 = shufflevector <16 x float> %3072, <16 x float> %3128, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %3131 = fadd <16 x float> %3129, %3130
  %3132 = shufflevector <16 x float> %3016, <16 x float> %3131, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %3133 = shufflevector <16 x float> %3016, <16 x float> %3131, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %3134 = fadd <16 x float> %3132, %3133
  %3135 = shufflevector <16 x float> %2898, <16 x float> %3134, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %3136 = shufflevector <16 x float> %2898, <16 x float> %3134, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %3137 = fadd <16 x float> %3135, %3136
  %3138 = shufflevector <16 x float> %2656, <16 x float> %3137, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %3139 = shufflevector <16 x float> %2656, <16 x float> %3137, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %3140 = fadd <16 x float> %3138, %3139
  %3141 = fmul <16 x float> %q232, %bf16308
  %3142 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q233, <16 x float> %bf16309, <16 x float> %3141)
  %3143 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q234, <16 x float> %bf16310, <16 x float> %3142)
  %3144 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q235, <16 x float> %bf16311, <16 x float> %3143)
  %3145 = shufflevector <16 x float> %3076, <16 x float> %3144, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %3146 = shufflevector <16 x float> %3076, <16 x float> %3144, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %3147 = fadd <16 x float> %3145, %3146
  %3148 = shufflevector <16 x float> %3023, <16 x float> %3147, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %3149 = shufflevector <16 x float> %3023, <16 x float> %3147, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %3150 = fadd <16 x float> %3148, %3149
  %3151 = shufflevector <16 x float> %2908, <16 x float> %3150, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %3152 = shufflevector <16 x float> %2908, <16 x float> %3150, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %3153 = fadd <16 x float> %3151, %3152
  %3154 = shufflevector <16 x float> %2669, <16 x float> %3153, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %3155 = shufflevector <16 x float> %2669, <16 x float> %3153, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %3156 = fadd <16 x float> %3154, %3155
  %3157 = fmul <16 x float> %q236, %bf16308
  %3158 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q237, <16 x float> %bf16309, <16 x float> %3157)
  %3159 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q238, <16 x float> %bf16310, <16 x float> %3158)
  %3160 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q239, <16 x float> %bf16311, <16 x float> %3159)
  %3161 = shufflevector <16 x float> %3080, <16 x float> %3160, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %3162 = shufflevector <16 x float> %3080, <16 x float> %3160, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %3163 = fadd <16 x float> %3161, %3162
  %3164 = shufflevector <16 x float> %3030, <16 x float> %3163, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %3165 = shufflevector <16 x float> %3030, <16 x float> %3163, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %3166 = fadd <16 x float> %3164, %3165
  %3167 = shufflevector <16 x float> %2918, <16 x float> %3166, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %3168 = shufflevector <16 x float> %2918, <16 x float> %3166, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %3169 = fadd <16 x float> %3167, %3168
  %3170 = shufflevector <16 x float> %2682, <16 x float> %3169, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %3171 = shufflevector <16 x float> %2682, <16 x float> %3169, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %3172 = fadd <16 x float> %3170, %3171
  %3173 = fmul <16 x float> %q240, %bf16308
  %3174 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q241, <16 x float> %bf16309, <16 x float> %3173)
  %3175 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q242, <16 x float> %bf16310, <16 x float> %3174)
  %3176 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q243, <16 x float> %bf16311, <16 x float> %3175)
  %3177 = shufflevector <16 x float> %3084, <16 x float> %3176, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %3178 = shufflevector <16 x float> %3084, <16 x float> %3176, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %3179 = fadd <16 x float> %3177, %3178
  %3180 = shufflevector <16 x float> %3037, <16 x float> %3179, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %3181 = shufflevector <16 x float> %3037, <16 x float> %3179, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %3182 = fadd <16 x float> %3180, %3181
  %3183 = shufflevector <16 x float> %2928, <16 x float> %3182, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %3184 = shufflevector <16 x float> %2928, <16 x float> %3182, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %3185 = fadd <16 x float> %3183, %3184
  %3186 = shufflevector <16 x float> %2695, <16 x float> %3185, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %3187 = shufflevector <16 x float> %2695, <16 x float> %3185, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %3188 = fadd <16 x float> %3186, %3187
  %3189 = fmul <16 x float> %q244, %bf16308
  %3190 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q245, <16 x float> %bf16309, <16 x float> %3189)
  %3191 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q246, <16 x float> %bf16310, <16 x float> %3190)
  %3192 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q247, <16 x float> %bf16311, <16 x float> %3191)
  %3193 = shufflevector <16 x float> %3088, <16 x float> %3192, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %3194 = shufflevector <16 x float> %3088, <16 x float> %3192, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %3195 = fadd <16 x float> %3193, %3194
  %3196 = shufflevector <16 x float> %3044, <16 x float> %3195, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %3197 = shufflevector <16 x float> %3044, <16 x float> %3195, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %3198 = fadd <16 x float> %3196, %3197
  %3199 = shufflevector <16 x float> %2938, <16 x float> %3198, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %3200 = shufflevector <16 x float> %2938, <16 x float> %3198, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %3201 = fadd <16 x float> %3199, %3200
  %3202 = shufflevector <16 x float> %2708, <16 x float> %3201, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %3203 = shufflevector <16 x float> %2708, <16 x float> %3201, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %3204 = fadd <16 x float> %3202, %3203
  %3205 = insertelement <16 x i32> poison, i32 %kmask223, i64 0
  %splat312 = shufflevector <16 x i32> %3205, <16 x i32> poison, <16 x i32> zeroinitializer
  %3206 = add <16 x i32> %splat312, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3207 = load i32, ptr %blim462, align 4
  %3208 = insertelement <16 x i32> poison, i32 %3207, i64 0
  %splat313 = shufflevector <16 x i32> %3208, <16 x i32> poison, <16 x i32> zeroinitializer
  %3209 = icmp slt <16 x i32> %3206, %splat313
  %3210 = select <16 x i1> %3209, <16 x float> %3124, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %m314 = load float, ptr %bm465, align 4
  %3211 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %3210)
  %3212 = call float @llvm.maxnum.f32(float %m314, float %3211)
  %3213 = fcmp oeq float %3212, 0xFFF0000000000000
  %3214 = select i1 %3213, float 0.000000e+00, float %3212
  %3215 = fsub float %m314, %3214
  %3216 = insertelement <16 x float> poison, float %3215, i64 0
  %splat315 = shufflevector <16 x float> %3216, <16 x float> poison, <16 x i32> zeroinitializer
  %3217 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat315, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %3218 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %3217, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %3219 = fadd <16 x float> %3218, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n316 = fadd <16 x float> %3219, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f317 = fsub <16 x float> %3218, %n316
  %3220 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f317, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %3221 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3220, <16 x float> %f317, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %3222 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3221, <16 x float> %f317, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %3223 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3222, <16 x float> %f317, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %3224 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3223, <16 x float> %f317, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %3225 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3224, <16 x float> %f317, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %3226 = fptosi <16 x float> %n316 to <16 x i32>
  %3227 = shl <16 x i32> %3226, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %3228 = add <16 x i32> %3227, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %3229 = bitcast <16 x i32> %3228 to <16 x float>
  %exp2318 = fmul <16 x float> %3225, %3229
  %3230 = insertelement <16 x float> poison, float %3214, i64 0
  %splat319 = shufflevector <16 x float> %3230, <16 x float> poison, <16 x i32> zeroinitializer
  %3231 = fsub <16 x float> %3210, %splat319
  %3232 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %3231, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %3233 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %3232, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %3234 = fadd <16 x float> %3233, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n320 = fadd <16 x float> %3234, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f321 = fsub <16 x float> %3233, %n320
  %3235 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f321, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %3236 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3235, <16 x float> %f321, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %3237 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3236, <16 x float> %f321, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %3238 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3237, <16 x float> %f321, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %3239 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3238, <16 x float> %f321, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %3240 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3239, <16 x float> %f321, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %3241 = fptosi <16 x float> %n320 to <16 x i32>
  %3242 = shl <16 x i32> %3241, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %3243 = add <16 x i32> %3242, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %3244 = bitcast <16 x i32> %3243 to <16 x float>
  %exp2322 = fmul <16 x float> %3240, %3244
  %l323 = load <16 x float>, ptr %bl464, align 64
  %3245 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %l323, <16 x float> %exp2318, <16 x float> %exp2322)
  store <16 x float> %3245, ptr %bl464, align 64
  store float %3212, ptr %bm465, align 4
  %3246 = load <16 x float>, ptr %bacc463, align 64
  %3247 = fmul <16 x float> %3246, %exp2318
  store <16 x float> %3247, ptr %bacc463, align 64
  %3248 = load <16 x float>, ptr %28, align 64
  %3249 = fmul <16 x float> %3248, %exp2318
  store <16 x float> %3249, ptr %28, align 64
  %3250 = load <16 x float>, ptr %29, align 64
  %3251 = fmul <16 x float> %3250, %exp2318
  store <16 x float> %3251, ptr %29, align 64
  %3252 = load <16 x float>, ptr %30, align 64
  %3253 = fmul <16 x float> %3252, %exp2318
  store <16 x float> %3253, ptr %30, align 64
  %3254 = load i32, ptr %37, align 4
  %3255 = insertelement <16 x i32> poison, i32 %3254, i64 0
  %splat325 = shufflevector <16 x i32> %3255, <16 x i32> poison, <16 x i32> zeroinitializer
  %3256 = icmp slt <16 x i32> %3206, %splat325
  %3257 = select <16 x i1> %3256, <16 x float> %3140, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %m326 = load float, ptr %31, align 4
  %3258 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %3257)
  %3259 = call float @llvm.maxnum.f32(float %m326, float %3258)
  %3260 = fcmp oeq float %3259, 0xFFF0000000000000
  %3261 = select i1 %3260, float 0.000000e+00, float %3259
  %3262 = fsub float %m326, %3261
  %3263 = insertelement <16 x float> poison, float %3262, i64 0
  %splat327 = shufflevector <16 x float> %3263, <16 x float> poison, <16 x i32> zeroinitializer
  %3264 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat327, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %3265 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %3264, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %3266 = fadd <16 x float> %3265, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n328 = fadd <16 x float> %3266, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f329 = fsub <16 x float> %3265, %n328
  %3267 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f329, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %3268 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3267, <16 x float> %f329, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %3269 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3268, <16 x float> %f329, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %3270 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3269, <16 x float> %f329, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %3271 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3270, <16 x float> %f329, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %3272 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3271, <16 x float> %f329, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %3273 = fptosi <16 x float> %n328 to <16 x i32>
  %3274 = shl <16 x i32> %3273, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %3275 = add <16 x i32> %3274, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %3276 = bitcast <16 x i32> %3275 to <16 x float>
  %exp2330 = fmul <16 x float> %3272, %3276
  %3277 = insertelement <16 x float> poison, float %3261, i64 0
  %splat331 = shufflevector <16 x float> %3277, <16 x float> poison, <16 x i32> zeroinitializer
  %3278 = fsub <16 x float> %3257, %splat331
  %3279 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %3278, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %3280 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %3279, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %3281 = fadd <16 x float> %3280, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n332 = fadd <16 x float> %3281, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f333 = fsub <16 x float> %3280, %n332
  %3282 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f333, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %3283 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3282, <16 x float> %f333, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %3284 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3283, <16 x float> %f333, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %3285 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3284, <16 x float> %f333, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %3286 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3285, <16 x float> %f333, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %3287 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3286, <16 x float> %f333, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %3288 = fptosi <16 x float> %n332 to <16 x i32>
  %3289 = shl <16 x i32> %3288, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %3290 = add <16 x i32> %3289, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %3291 = bitcast <16 x i32> %3290 to <16 x float>
  %exp2334 = fmul <16 x float> %3287, %3291
  %l335 = load <16 x float>, ptr %32, align 64
  %3292 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %l335, <16 x float> %exp2330, <16 x float> %exp2334)
  store <16 x float> %3292, ptr %32, align 64
  store float %3259, ptr %31, align 4
  %3293 = load <16 x float>, ptr %33, align 64
  %3294 = fmul <16 x float> %3293, %exp2330
  store <16 x float> %3294, ptr %33, align 64
  %3295 = load <16 x float>, ptr %34, align 64
  %3296 = fmul <16 x float> %3295, %exp2330
  store <16 x float> %3296, ptr %34, align 64
  %3297 = load <16 x float>, ptr %35, align 64
  %3298 = fmul <16 x float> %3297, %exp2330
  store <16 x float> %3298, ptr %35, align 64
  %3299 = load <16 x float>, ptr %36, align 64
  %3300 = fmul <16 x float> %3299, %exp2330
  store <16 x float> %3300, ptr %36, align 64
  %3301 = load i32, ptr %44, align 4
  %3302 = insertelement <16 x i32> poison, i32 %3301, i64 0
  %splat337 = shufflevector <16 x i32> %3302, <16 x i32> poison, <16 x i32> zeroinitializer
  %3303 = icmp slt <16 x i32> %3206, %splat337
  %3304 = select <16 x i1> %3303, <16 x float> %3156, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %m338 = load float, ptr %38, align 4
  %3305 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %3304)
  %3306 = call float @llvm.maxnum.f32(float %m338, float %3305)
  %3307 = fcmp oeq float %3306, 0xFFF0000000000000
  %3308 = select i1 %3307, float 0.000000e+00, float %3306
  %3309 = fsub float %m338, %3308
  %3310 = insertelement <16 x float> poison, float %3309, i64 0
  %splat339 = shufflevector <16 x float> %3310, <16 x float> poison, <16 x i32> zeroinitializer
  %3311 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat339, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %3312 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %3311, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %3313 = fadd <16 x float> %3312, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n340 = fadd <16 x float> %3313, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f341 = fsub <16 x float> %3312, %n340
  %3314 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f341, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %3315 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3314, <16 x float> %f341, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %3316 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3315, <16 x float> %f341, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %3317 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3316, <16 x float> %f341, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %3318 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3317, <16 x float> %f341, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %3319 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3318, <16 x float> %f341, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %3320 = fptosi <16 x float> %n340 to <16 x i32>
  %3321 = shl <16 x i32> %3320, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %3322 = add <16 x i32> %3321, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %3323 = bitcast <16 x i32> %3322 to <16 x float>
  %exp2342 = fmul <16 x float> %3319, %3323
  %3324 = insertelement <16 x float> poison, float %3308, i64 0
  %splat343 = shufflevector <16 x float> %3324, <16 x float> poison, <16 x i32> zeroinitializer
  %3325 = fsub <16 x float> %3304, %splat343
  %3326 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %3325, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %3327 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %3326, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %3328 = fadd <16 x float> %3327, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n344 = fadd <16 x float> %3328, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f345 = fsub <16 x float> %3327, %n344
  %3329 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f345, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %3330 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3329, <16 x float> %f345, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %3331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3330, <16 x float> %f345, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %3332 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3331, <16 x float> %f345, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %3333 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3332, <16 x float> %f345, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %3334 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3333, <16 x float> %f345, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %3335 = fptosi <16 x float> %n344 to <16 x i32>
  %3336 = shl <16 x i32> %3335, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %3337 = add <16 x i32> %3336, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %3338 = bitcast <16 x i32> %3337 to <16 x float>
  %exp2346 = fmul <16 x float> %3334, %3338
  %l347 = load <16 x float>, ptr %39, align 64
  %3339 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %l347, <16 x float> %exp2342, <16 x float> %exp2346)
  store <16 x float> %3339, ptr %39, align 64
  store float %3306, ptr %38, align 4
  %3340 = load <16 x float>, ptr %40, align 64
  %3341 = fmul <16 x float> %3340, %exp2342
  store <16 x float> %3341, ptr %40, align 64
  %3342 = load <16 x float>, ptr %41, align 64
  %3343 = fmul <16 x float> %3342, %exp2342
  store <16 x float> %3343, ptr %41, align 64
  %3344 = load <16 x float>, ptr %42, align 64
  %3345 = fmul <16 x float> %3344, %exp2342
  store <16 x float> %3345, ptr %42, align 64
  %3346 = load <16 x float>, ptr %43, align 64
  %3347 = fmul <16 x float> %3346, %exp2342
  store <16 x float> %3347, ptr %43, align 64
  %3348 = load i32, ptr %51, align 4
  %3349 = insertelement <16 x i32> poison, i32 %3348, i64 0
  %splat349 = shufflevector <16 x i32> %3349, <16 x i32> poison, <16 x i32> zeroinitializer
  %3350 = icmp slt <16 x i32> %3206, %splat349
  %3351 = select <16 x i1> %3350, <16 x float> %3172, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %m350 = load float, ptr %45, align 4
  %3352 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %3351)
  %3353 = call float @llvm.maxnum.f32(float %m350, float %3352)
  %3354 = fcmp oeq float %3353, 0xFFF0000000000000
  %3355 = select i1 %3354, float 0.000000e+00, float %3353
  %3356 = fsub float %m350, %3355
  %3357 = insertelement <16 x float> poison, float %3356, i64 0
  %splat351 = shufflevector <16 x float> %3357, <16 x float> poison, <16 x i32> zeroinitializer
  %3358 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat351, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %3359 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %3358, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %3360 = fadd <16 x float> %3359, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n352 = fadd <16 x float> %3360, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f353 = fsub <16 x float> %3359, %n352
  %3361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f353, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %3362 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3361, <16 x float> %f353, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %3363 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3362, <16 x float> %f353, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %3364 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3363, <16 x float> %f353, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %3365 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3364, <16 x float> %f353, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %3366 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3365, <16 x float> %f353, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %3367 = fptosi <16 x float> %n352 to <16 x i32>
  %3368 = shl <16 x i32> %3367, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %3369 = add <16 x i32> %3368, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %3370 = bitcast <16 x i32> %3369 to <16 x float>
  %exp2354 = fmul <16 x float> %3366, %3370
  %3371 = insertelement <16 x float> poison, float %3355, i64 0
  %splat355 = shufflevector <16 x float> %3371, <16 x float> poison, <16 x i32> zeroinitializer
  %3372 = fsub <16 x float> %3351, %splat355
  %3373 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %3372, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %3374 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %3373, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %3375 = fadd <16 x float> %3374, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n356 = fadd <16 x float> %3375, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f357 = fsub <16 x float> %3374, %n356
  %3376 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f357, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %3377 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3376, <16 x float> %f357, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %3378 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3377, <16 x float> %f357, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %3379 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3378, <16 x float> %f357, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %3380 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3379, <16 x float> %f357, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %3381 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3380, <16 x float> %f357, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %3382 = fptosi <16 x float> %n356 to <16 x i32>
  %3383 = shl <16 x i32> %3382, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %3384 = add <16 x i32> %3383, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %3385 = bitcast <16 x i32> %3384 to <16 x float>
  %exp2358 = fmul <16 x float> %3381, %3385
  %l359 = load <16 x float>, ptr %46, align 64
  %3386 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %l359, <16 x float> %exp2354, <16 x float> %exp2358)
  store <16 x float> %3386, ptr %46, align 64
  store float %3353, ptr %45, align 4
  %3387 = load <16 x float>, ptr %47, align 64
  %3388 = fmul <16 x float> %3387, %exp2354
  store <16 x float> %3388, ptr %47, align 64
  %3389 = load <16 x float>, ptr %48, align 64
  %3390 = fmul <16 x float> %3389, %exp2354
  store <16 x float> %3390, ptr %48, align 64
  %3391 = load <16 x float>, ptr %49, align 64
  %3392 = fmul <16 x float> %3391, %exp2354
  store <16 x float> %3392, ptr %49, align 64
  %3393 = load <16 x float>, ptr %50, align 64
  %3394 = fmul <16 x float> %3393, %exp2354
  store <16 x float> %3394, ptr %50, align 64
  %3395 = load i32, ptr %58, align 4
  %3396 = insertelement <16 x i32> poison, i32 %3395, i64 0
  %splat361 = shufflevector <16 x i32> %3396, <16 x i32> poison, <16 x i32> zeroinitializer
  %3397 = icmp slt <16 x i32> %3206, %splat361
  %3398 = select <16 x i1> %3397, <16 x float> %3188, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %m362 = load float, ptr %52, align 4
  %3399 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %3398)
  %3400 = call float @llvm.maxnum.f32(float %m362, float %3399)
  %3401 = fcmp oeq float %3400, 0xFFF0000000000000
  %3402 = select i1 %3401, float 0.000000e+00, float %3400
  %3403 = fsub float %m362, %3402
  %3404 = insertelement <16 x float> poison, float %3403, i64 0
  %splat363 = shufflevector <16 x float> %3404, <16 x float> poison, <16 x i32> zeroinitializer
  %3405 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat363, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %3406 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %3405, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %3407 = fadd <16 x float> %3406, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n364 = fadd <16 x float> %3407, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f365 = fsub <16 x float> %3406, %n364
  %3408 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f365, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %3409 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3408, <16 x float> %f365, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %3410 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3409, <16 x float> %f365, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %3411 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3410, <16 x float> %f365, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %3412 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3411, <16 x float> %f365, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %3413 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3412, <16 x float> %f365, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %3414 = fptosi <16 x float> %n364 to <16 x i32>
  %3415 = shl <16 x i32> %3414, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %3416 = add <16 x i32> %3415, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %3417 = bitcast <16 x i32> %3416 to <16 x float>
  %exp2366 = fmul <16 x float> %3413, %3417
  %3418 = insertelement <16 x float> poison, float %3402, i64 0
  %splat367 = shufflevector <16 x float> %3418, <16 x float> poison, <16 x i32> zeroinitializer
  %3419 = fsub <16 x float> %3398, %splat367
  %3420 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %3419, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %3421 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %3420, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %3422 = fadd <16 x float> %3421, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n368 = fadd <16 x float> %3422, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f369 = fsub <16 x float> %3421, %n368
  %3423 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f369, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %3424 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3423, <16 x float> %f369, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %3425 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3424, <16 x float> %f369, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %3426 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3425, <16 x float> %f369, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %3427 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3426, <16 x float> %f369, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %3428 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3427, <16 x float> %f369, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %3429 = fptosi <16 x float> %n368 to <16 x i32>
  %3430 = shl <16 x i32> %3429, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %3431 = add <16 x i32> %3430, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %3432 = bitcast <16 x i32> %3431 to <16 x float>
  %exp2370 = fmul <16 x float> %3428, %3432
  %l371 = load <16 x float>, ptr %53, align 64
  %3433 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %l371, <16 x float> %exp2366, <16 x float> %exp2370)
  store <16 x float> %3433, ptr %53, align 64
  store float %3400, ptr %52, align 4
  %3434 = load <16 x float>, ptr %54, align 64
  %3435 = fmul <16 x float> %3434, %exp2366
  store <16 x float> %3435, ptr %54, align 64
  %3436 = load <16 x float>, ptr %55, align 64
  %3437 = fmul <16 x float> %3436, %exp2366
  store <16 x float> %3437, ptr %55, align 64
  %3438 = load <16 x float>, ptr %56, align 64
  %3439 = fmul <16 x float> %3438, %exp2366
  store <16 x float> %3439, ptr %56, align 64
  %3440 = load <16 x float>, ptr %57, align 64
  %3441 = fmul <16 x float> %3440, %exp2366
  store <16 x float> %3441, ptr %57, align 64
  %3442 = load i32, ptr %65, align 4
  %3443 = insertelement <16 x i32> poison, i32 %3442, i64 0
  %splat373 = shufflevector <16 x i32> %3443, <16 x i32> poison, <16 x i32> zeroinitializer
  %3444 = icmp slt <16 x i32> %3206, %splat373
  %3445 = select <16 x i1> %3444, <16 x float> %3204, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %m374 = load float, ptr %59, align 4
  %3446 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %3445)
  %3447 = call float @llvm.maxnum.f32(float %m374, float %3446)
  %3448 = fcmp oeq float %3447, 0xFFF0000000000000
  %3449 = select i1 %3448, float 0.000000e+00, float %3447
  %3450 = fsub float %m374, %3449
  %3451 = insertelement <16 x float> poison, float %3450, i64 0
  %splat375 = shufflevector <16 x float> %3451, <16 x float> poison, <16 x i32> zeroinitializer
  %3452 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat375, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %3453 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %3452, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %3454 = fadd <16 x float> %3453, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n376 = fadd <16 x float> %3454, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f377 = fsub <16 x float> %3453, %n376
  %3455 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f377, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %3456 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3455, <16 x float> %f377, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %3457 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3456, <16 x float> %f377, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %3458 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3457, <16 x float> %f377, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %3459 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3458, <16 x float> %f377, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %3460 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3459, <16 x float> %f377, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %3461 = fptosi <16 x float> %n376 to <16 x i32>
  %3462 = shl <16 x i32> %3461, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %3463 = add <16 x i32> %3462, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %3464 = bitcast <16 x i32> %3463 to <16 x float>
  %exp2378 = fmul <16 x float> %3460, %3464
  %3465 = insertelement <16 x float> poison, float %3449, i64 0
  %splat379 = shufflevector <16 x float> %3465, <16 x float> poison, <16 x i32> zeroinitializer
  %3466 = fsub <16 x float> %3445, %splat379
  %3467 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %3466, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %3468 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %3467, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %3469 = fadd <16 x float> %3468, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n380 = fadd <16 x float> %3469, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f381 = fsub <16 x float> %3468, %n380
  %3470 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f381, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %3471 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3470, <16 x float> %f381, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %3472 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3471, <16 x float> %f381, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %3473 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3472, <16 x float> %f381, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %3474 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3473, <16 x float> %f381, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %3475 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3474, <16 x float> %f381, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %3476 = fptosi <16 x float> %n380 to <16 x i32>
  %3477 = shl <16 x i32> %3476, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %3478 = add <16 x i32> %3477, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %3479 = bitcast <16 x i32> %3478 to <16 x float>
  %exp2382 = fmul <16 x float> %3475, %3479
  %l383 = load <16 x float>, ptr %60, align 64
  %3480 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %l383, <16 x float> %exp2378, <16 x float> %exp2382)
  store <16 x float> %3480, ptr %60, align 64
  store float %3447, ptr %59, align 4
  %3481 = load <16 x float>, ptr %61, align 64
  %3482 = fmul <16 x float> %3481, %exp2378
  store <16 x float> %3482, ptr %61, align 64
  %3483 = load <16 x float>, ptr %62, align 64
  %3484 = fmul <16 x float> %3483, %exp2378
  store <16 x float> %3484, ptr %62, align 64
  %3485 = load <16 x float>, ptr %63, align 64
  %3486 = fmul <16 x float> %3485, %exp2378
  store <16 x float> %3486, ptr %63, align 64
  %3487 = load <16 x float>, ptr %64, align 64
  %3488 = fmul <16 x float> %3487, %exp2378
  store <16 x float> %3488, ptr %64, align 64
  %3489 = getelementptr i8, ptr %21, i64 %2234
  %3490 = load <16 x i16>, ptr %3489, align 2
  %3491 = zext <16 x i16> %3490 to <16 x i32>
  %3492 = shl nuw <16 x i32> %3491, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16384 = bitcast <16 x i32> %3492 to <16 x float>
  %3493 = load <16 x float>, ptr %bacc463, align 64
  %3494 = shufflevector <16 x float> %exp2322, <16 x float> poison, <16 x i32> zeroinitializer
  %3495 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3494, <16 x float> %bf16384, <16 x float> %3493)
  store <16 x float> %3495, ptr %bacc463, align 64
  %3496 = load <16 x float>, ptr %33, align 64
  %3497 = shufflevector <16 x float> %exp2334, <16 x float> poison, <16 x i32> zeroinitializer
  %3498 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3497, <16 x float> %bf16384, <16 x float> %3496)
  store <16 x float> %3498, ptr %33, align 64
  %3499 = load <16 x float>, ptr %40, align 64
  %3500 = shufflevector <16 x float> %exp2346, <16 x float> poison, <16 x i32> zeroinitializer
  %3501 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3500, <16 x float> %bf16384, <16 x float> %3499)
  store <16 x float> %3501, ptr %40, align 64
  %3502 = load <16 x float>, ptr %47, align 64
  %3503 = shufflevector <16 x float> %exp2358, <16 x float> poison, <16 x i32> zeroinitializer
  %3504 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3503, <16 x float> %bf16384, <16 x float> %3502)
  store <16 x float> %3504, ptr %47, align 64
  %3505 = shufflevector <16 x float> %exp2370, <16 x float> poison, <16 x i32> zeroinitializer
  %3506 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3505, <16 x float> %bf16384, <16 x float> %3435)
  store <16 x float> %3506, ptr %54, align 64
  %3507 = shufflevector <16 x float> %exp2382, <16 x float> poison, <16 x i32> zeroinitializer
  %3508 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3507, <16 x float> %bf16384, <16 x float> %3482)
  store <16 x float> %3508, ptr %61, align 64
  %3509 = getelementptr i8, ptr %3489, i64 32
  %3510 = load <16 x i16>, ptr %3509, align 2
  %3511 = zext <16 x i16> %3510 to <16 x i32>
  %3512 = shl nuw <16 x i32> %3511, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16385 = bitcast <16 x i32> %3512 to <16 x float>
  %3513 = load <16 x float>, ptr %28, align 64
  %3514 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3494, <16 x float> %bf16385, <16 x float> %3513)
  store <16 x float> %3514, ptr %28, align 64
  %3515 = load <16 x float>, ptr %34, align 64
  %3516 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3497, <16 x float> %bf16385, <16 x float> %3515)
  store <16 x float> %3516, ptr %34, align 64
  %3517 = load <16 x float>, ptr %41, align 64
  %3518 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3500, <16 x float> %bf16385, <16 x float> %3517)
  store <16 x float> %3518, ptr %41, align 64
  %3519 = load <16 x float>, ptr %48, align 64
  %3520 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3503, <16 x float> %bf16385, <16 x float> %3519)
  store <16 x float> %3520, ptr %48, align 64
  %3521 = load <16 x float>, ptr %55, align 64
  %3522 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3505, <16 x float> %bf16385, <16 x float> %3521)
  store <16 x float> %3522, ptr %55, align 64
  %3523 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3507, <16 x float> %bf16385, <16 x float> %3484)
  store <16 x float> %3523, ptr %62, align 64
  %3524 = getelementptr i8, ptr %3489, i64 64
  %3525 = load <16 x i16>, ptr %3524, align 2
  %3526 = zext <16 x i16> %3525 to <16 x i32>
  %3527 = shl nuw <16 x i32> %3526, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16386 = bitcast <16 x i32> %3527 to <16 x float>
  %3528 = load <16 x float>, ptr %29, align 64
  %3529 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3494, <16 x float> %bf16386, <16 x float> %3528)
  store <16 x float> %3529, ptr %29, align 64
  %3530 = load <16 x float>, ptr %35, align 64
  %3531 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3497, <16 x float> %bf16386, <16 x float> %3530)
  store <16 x float> %3531, ptr %35, align 64
  %3532 = load <16 x float>, ptr %42, align 64
  %3533 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3500, <16 x float> %bf16386, <16 x float> %3532)
  store <16 x float> %3533, ptr %42, align 64
  %3534 = load <16 x float>, ptr %49, align 64
  %3535 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3503, <16 x float> %bf16386, <16 x float> %3534)
  store <16 x float> %3535, ptr %49, align 64
  %3536 = load <16 x float>, ptr %56, align 64
  %3537 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3505, <16 x float> %bf16386, <16 x float> %3536)
  store <16 x float> %3537, ptr %56, align 64
  %3538 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3507, <16 x float> %bf16386, <16 x float> %3486)
  store <16 x float> %3538, ptr %63, align 64
  %3539 = getelementptr i8, ptr %3489, i64 96
  %3540 = load <16 x i16>, ptr %3539, align 2
  %3541 = zext <16 x i16> %3540 to <16 x i32>
  %3542 = shl nuw <16 x i32> %3541, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16387 = bitcast <16 x i32> %3542 to <16 x float>
  %3543 = load <16 x float>, ptr %30, align 64
  %3544 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3494, <16 x float> %bf16387, <16 x float> %3543)
  store <16 x float> %3544, ptr %30, align 64
  %3545 = load <16 x float>, ptr %36, align 64
  %3546 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3497, <16 x float> %bf16387, <16 x float> %3545)
  store <16 x float> %3546, ptr %36, align 64
  %3547 = load <16 x float>, ptr %43, align 64
  %3548 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3500, <16 x float> %bf16387, <16 x float> %3547)
  store <16 x float> %3548, ptr %43, align 64
  %3549 = load <16 x float>, ptr %50, align 64
  %3550 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3503, <16 x float> %bf16387, <16 x float> %3549)
  store <16 x float> %3550, ptr %50, align 64
  %3551 = load <16 x float>, ptr %57, align 64
  %3552 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3505, <16 x float> %bf16387, <16 x float> %3551)
  store <16 x float> %3552, ptr %57, align 64
  %3553 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3507, <16 x float> %bf16387, <16 x float> %3488)
  store <16 x float> %3553, ptr %64, align 64
  %3554 = getelementptr i8, ptr %21, i64 %2278
  %3555 = load <16 x i16>, ptr %3554, align 2
  %3556 = zext <16 x i16> %3555 to <16 x i32>
  %3557 = shl nuw <16 x i32> %3556, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16388 = bitcast <16 x i32> %3557 to <16 x float>
  %3558 = shufflevector <16 x float> %exp2322, <16 x float> poison, <16 x i32> <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %3559 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3558, <16 x float> %bf16388, <16 x float> %3495)
  store <16 x float> %3559, ptr %bacc463, align 64
  %3560 = shufflevector <16 x float> %exp2334, <16 x float> poison, <16 x i32> <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %3561 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3560, <16 x float> %bf16388, <16 x float> %3498)
  store <16 x float> %3561, ptr %33, align 64
  %3562 = shufflevector <16 x float> %exp2346, <16 x float> poison, <16 x i32> <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %3563 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3562, <16 x float> %bf16388, <16 x float> %3501)
  store <16 x float> %3563, ptr %40, align 64
  %3564 = shufflevector <16 x float> %exp2358, <16 x float> poison, <16 x i32> <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %3565 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3564, <16 x float> %bf16388, <16 x float> %3504)
  store <16 x float> %3565, ptr %47, align 64
  %3566 = shufflevector <16 x float> %exp2370, <16 x float> poison, <16 x i32> <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %3567 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3566, <16 x float> %bf16388, <16 x float> %3506)
  store <16 x float> %3567, ptr %54, align 64
  %3568 = shufflevector <16 x float> %exp2382, <16 x float> poison, <16 x i32> <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %3569 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3568, <16 x float> %bf16388, <16 x float> %3508)
  store <16 x float> %3569, ptr %61, align 64
  %3570 = getelementptr i8, ptr %3554, i64 32
  %3571 = load <16 x i16>, ptr %3570, align 2
  %3572 = zext <16 x i16> %3571 to <16 x i32>
  %3573 = shl nuw <16 x i32> %3572, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16389 = bitcast <16 x i32> %3573 to <16 x float>
  %3574 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3558, <16 x float> %bf16389, <16 x float> %3514)
  store <16 x float> %3574, ptr %28, align 64
  %3575 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3560, <16 x float> %bf16389, <16 x float> %3516)
  store <16 x float> %3575, ptr %34, align 64
  %3576 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3562, <16 x float> %bf16389, <16 x float> %3518)
  store <16 x float> %3576, ptr %41, align 64
  %3577 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3564, <16 x float> %bf16389, <16 x float> %3520)
  store <16 x float> %3577, ptr %48, align 64
  %3578 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3566, <16 x float> %bf16389, <16 x float> %3522)
  store <16 x float> %3578, ptr %55, align 64
  %3579 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3568, <16 x float> %bf16389, <16 x float> %3523)
  store <16 x float> %3579, ptr %62, align 64
  %3580 = getelementptr i8, ptr %3554, i64 64
  %3581 = load <16 x i16>, ptr %3580, align 2
  %3582 = zext <16 x i16> %3581 to <16 x i32>
  %3583 = shl nuw <16 x i32> %3582, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16390 = bitcast <16 x i32> %3583 to <16 x float>
  %3584 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3558, <16 x float> %bf16390, <16 x float> %3529)
  store <16 x float> %3584, ptr %29, align 64
  %3585 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3560, <16 x float> %bf16390, <16 x float> %3531)
  store <16 x float> %3585, ptr %35, align 64
  %3586 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3562, <16 x float> %bf16390, <16 x float> %3533)
  store <16 x float> %3586, ptr %42, align 64
  %3587 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3564, <16 x float> %bf16390, <16 x float> %3535)
  store <16 x float> %3587, ptr %49, align 64
  %3588 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3566, <16 x float> %bf16390, <16 x float> %3537)
  store <16 x float> %3588, ptr %56, align 64
  %3589 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3568, <16 x float> %bf16390, <16 x float> %3538)
  store <16 x float> %3589, ptr %63, align 64
  %3590 = getelementptr i8, ptr %3554, i64 96
  %3591 = load <16 x i16>, ptr %3590, align 2
  %3592 = zext <16 x i16> %3591 to <16 x i32>
  %3593 = shl nuw <16 x i32> %3592, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16391 = bitcast <16 x i32> %3593 to <16 x float>
  %3594 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3558, <16 x float> %bf16391, <16 x float> %3544)
  store <16 x float> %3594, ptr %30, align 64
  %3595 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3560, <16 x float> %bf16391, <16 x float> %3546)
  store <16 x float> %3595, ptr %36, align 64
  %3596 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3562, <16 x float> %bf16391, <16 x float> %3548)
  store <16 x float> %3596, ptr %43, align 64
  %3597 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3564, <16 x float> %bf16391, <16 x float> %3550)
  store <16 x float> %3597, ptr %50, align 64
  %3598 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3566, <16 x float> %bf16391, <16 x float> %3552)
  store <16 x float> %3598, ptr %57, align 64
  %3599 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3568, <16 x float> %bf16391, <16 x float> %3553)
  store <16 x float> %3599, ptr %64, align 64
  %3600 = getelementptr i8, ptr %21, i64 %2340
  %3601 = load <16 x i16>, ptr %3600, align 2
  %3602 = zext <16 x i16> %3601 to <16 x i32>
  %3603 = shl nuw <16 x i32> %3602, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16392 = bitcast <16 x i32> %3603 to <16 x float>
  %3604 = shufflevector <16 x float> %exp2322, <16 x float> poison, <16 x i32> <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %3605 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3604, <16 x float> %bf16392, <16 x float> %3559)
  store <16 x float> %3605, ptr %bacc463, align 64
  %3606 = shufflevector <16 x float> %exp2334, <16 x float> poison, <16 x i32> <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %3607 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3606, <16 x float> %bf16392, <16 x float> %3561)
  store <16 x float> %3607, ptr %33, align 64
  %3608 = shufflevector <16 x float> %exp2346, <16 x float> poison, <16 x i32> <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %3609 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3608, <16 x float> %bf16392, <16 x float> %3563)
  store <16 x float> %3609, ptr %40, align 64
  %3610 = shufflevector <16 x float> %exp2358, <16 x float> poison, <16 x i32> <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %3611 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3610, <16 x float> %bf16392, <16 x float> %3565)
  store <16 x float> %3611, ptr %47, align 64
  %3612 = shufflevector <16 x float> %exp2370, <16 x float> poison, <16 x i32> <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %3613 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3612, <16 x float> %bf16392, <16 x float> %3567)
  store <16 x float> %3613, ptr %54, align 64
  %3614 = shufflevector <16 x float> %exp2382, <16 x float> poison, <16 x i32> <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %3615 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3614, <16 x float> %bf16392, <16 x float> %3569)
  store <16 x float> %3615, ptr %61, align 64
  %3616 = getelementptr i8, ptr %3600, i64 32
  %3617 = load <16 x i16>, ptr %3616, align 2
  %3618 = zext <16 x i16> %3617 to <16 x i32>
  %3619 = shl nuw <16 x i32> %3618, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16393 = bitcast <16 x i32> %3619 to <16 x float>
  %3620 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3604, <16 x float> %bf16393, <16 x float> %3574)
  store <16 x float> %3620, ptr %28, align 64
  %3621 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3606, <16 x float> %bf16393, <16 x float> %3575)
  store <16 x float> %3621, ptr %34, align 64
  %3622 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3608, <16 x float> %bf16393, <16 x float> %3576)
  store <16 x float> %3622, ptr %41, align 64
  %3623 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3610, <16 x float> %bf16393, <16 x float> %3577)
  store <16 x float> %3623, ptr %48, align 64
  %3624 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3612, <16 x float> %bf16393, <16 x float> %3578)
  store <16 x float> %3624, ptr %55, align 64
  %3625 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3614, <16 x float> %bf16393, <16 x float> %3579)
  store <16 x float> %3625, ptr %62, align 64
  %3626 = getelementptr i8, ptr %3600, i64 64
  %3627 = load <16 x i16>, ptr %3626, align 2
  %3628 = zext <16 x i16> %3627 to <16 x i32>
  %3629 = shl nuw <16 x i32> %3628, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16394 = bitcast <16 x i32> %3629 to <16 x float>
  %3630 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3604, <16 x float> %bf16394, <16 x float> %3584)
  store <16 x float> %3630, ptr %29, align 64
  %3631 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3606, <16 x float> %bf16394, <16 x float> %3585)
  store <16 x float> %3631, ptr %35, align 64
  %3632 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3608, <16 x float> %bf16394, <16 x float> %3586)
  store <16 x float> %3632, ptr %42, align 64
  %3633 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3610, <16 x float> %bf16394, <16 x float> %3587)
  store <16 x float> %3633, ptr %49, align 64
  %3634 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3612, <16 x float> %bf16394, <16 x float> %3588)
  store <16 x float> %3634, ptr %56, align 64
  %3635 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3614, <16 x float> %bf16394, <16 x float> %3589)
  store <16 x float> %3635, ptr %63, align 64
  %3636 = getelementptr i8, ptr %3600, i64 96
  %3637 = load <16 x i16>, ptr %3636, align 2
  %3638 = zext <16 x i16> %3637 to <16 x i32>
  %3639 = shl nuw <16 x i32> %3638, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16395 = bitcast <16 x i32> %3639 to <16 x float>
  %3640 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3604, <16 x float> %bf16395, <16 x float> %3594)
  store <16 x float> %3640, ptr %30, align 64
  %3641 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3606, <16 x float> %bf16395, <16 x float> %3595)
  store <16 x float> %3641, ptr %36, align 64
  %3642 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3608, <16 x float> %bf16395, <16 x float> %3596)
  store <16 x float> %3642, ptr %43, align 64
  %3643 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3610, <16 x float> %bf16395, <16 x float> %3597)
  store <16 x float> %3643, ptr %50, align 64
  %3644 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3612, <16 x float> %bf16395, <16 x float> %3598)
  store <16 x float> %3644, ptr %57, align 64
  %3645 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3614, <16 x float> %bf16395, <16 x float> %3599)
  store <16 x float> %3645, ptr %64, align 64
  %3646 = getelementptr i8, ptr %21, i64 %2384
  %3647 = load <16 x i16>, ptr %3646, align 2
  %3648 = zext <16 x i16> %3647 to <16 x i32>
  %3649 = shl nuw <16 x i32> %3648, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16396 = bitcast <16 x i32> %3649 to <16 x float>
  %3650 = shufflevector <16 x float> %exp2322, <16 x float> poison, <16 x i32> <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %3651 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3650, <16 x float> %bf16396, <16 x float> %3605)
  store <16 x float> %3651, ptr %bacc463, align 64
  %3652 = shufflevector <16 x float> %exp2334, <16 x float> poison, <16 x i32> <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %3653 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3652, <16 x float> %bf16396, <16 x float> %3607)
  store <16 x float> %3653, ptr %33, align 64
  %3654 = shufflevector <16 x float> %exp2346, <16 x float> poison, <16 x i32> <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %3655 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3654, <16 x float> %bf16396, <16 x float> %3609)
  store <16 x float> %3655, ptr %40, align 64
  %3656 = shufflevector <16 x float> %exp2358, <16 x float> poison, <16 x i32> <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %3657 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3656, <16 x float> %bf16396, <16 x float> %3611)
  store <16 x float> %3657, ptr %47, align 64
  %3658 = shufflevector <16 x float> %exp2370, <16 x float> poison, <16 x i32> <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %3659 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3658, <16 x float> %bf16396, <16 x float> %3613)
  store <16 x float> %3659, ptr %54, align 64
  %3660 = shufflevector <16 x float> %exp2382, <16 x float> poison, <16 x i32> <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %3661 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3660, <16 x float> %bf16396, <16 x float> %3615)
  store <16 x float> %3661, ptr %61, align 64
  %3662 = getelementptr i8, ptr %3646, i64 32
  %3663 = load <16 x i16>, ptr %3662, align 2
  %3664 = zext <16 x i16> %3663 to <16 x i32>
  %3665 = shl nuw <16 x i32> %3664, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16397 = bitcast <16 x i32> %3665 to <16 x float>
  %3666 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3650, <16 x float> %bf16397, <16 x float> %3620)
  store <16 x float> %3666, ptr %28, align 64
  %3667 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3652, <16 x float> %bf16397, <16 x float> %3621)
  store <16 x float> %3667, ptr %34, align 64
  %3668 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3654, <16 x float> %bf16397, <16 x float> %3622)
  store <16 x float> %3668, ptr %41, align 64
  %3669 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3656, <16 x float> %bf16397, <16 x float> %3623)
  store <16 x float> %3669, ptr %48, align 64
  %3670 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3658, <16 x float> %bf16397, <16 x float> %3624)
  store <16 x float> %3670, ptr %55, align 64
  %3671 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3660, <16 x float> %bf16397, <16 x float> %3625)
  store <16 x float> %3671, ptr %62, align 64
  %3672 = getelementptr i8, ptr %3646, i64 64
  %3673 = load <16 x i16>, ptr %3672, align 2
  %3674 = zext <16 x i16> %3673 to <16 x i32>
  %3675 = shl nuw <16 x i32> %3674, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16398 = bitcast <16 x i32> %3675 to <16 x float>
  %3676 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3650, <16 x float> %bf16398, <16 x float> %3630)
  store <16 x float> %3676, ptr %29, align 64
  %3677 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3652, <16 x float> %bf16398, <16 x float> %3631)
  store <16 x float> %3677, ptr %35, align 64
  %3678 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3654, <16 x float> %bf16398, <16 x float> %3632)
  store <16 x float> %3678, ptr %42, align 64
  %3679 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3656, <16 x float> %bf16398, <16 x float> %3633)
  store <16 x float> %3679, ptr %49, align 64
  %3680 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3658, <16 x float> %bf16398, <16 x float> %3634)
  store <16 x float> %3680, ptr %56, align 64
  %3681 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3660, <16 x float> %bf16398, <16 x float> %3635)
  store <16 x float> %3681, ptr %63, align 64
  %3682 = getelementptr i8, ptr %3646, i64 96
  %3683 = load <16 x i16>, ptr %3682, align 2
  %3684 = zext <16 x i16> %3683 to <16 x i32>
  %3685 = shl nuw <16 x i32> %3684, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16399 = bitcast <16 x i32> %3685 to <16 x float>
  %3686 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3650, <16 x float> %bf16399, <16 x float> %3640)
  store <16 x float> %3686, ptr %30, align 64
  %3687 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3652, <16 x float> %bf16399, <16 x float> %3641)
  store <16 x float> %3687, ptr %36, align 64
  %3688 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3654, <16 x float> %bf16399, <16 x float> %3642)
  store <16 x float> %3688, ptr %43, align 64
  %3689 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3656, <16 x float> %bf16399, <16 x float> %3643)
  store <16 x float> %3689, ptr %50, align 64
  %3690 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3658, <16 x float> %bf16399, <16 x float> %3644)
  store <16 x float> %3690, ptr %57, align 64
  %3691 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3660, <16 x float> %bf16399, <16 x float> %3645)
  store <16 x float> %3691, ptr %64, align 64
  %3692 = getelementptr i8, ptr %21, i64 %2464
  %3693 = load <16 x i16>, ptr %3692, align 2
  %3694 = zext <16 x i16> %3693 to <16 x i32>
  %3695 = shl nuw <16 x i32> %3694, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16400 = bitcast <16 x i32> %3695 to <16 x float>
  %3696 = shufflevector <16 x float> %exp2322, <16 x float> poison, <16 x i32> <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %3697 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3696, <16 x float> %bf16400, <16 x float> %3651)
  store <16 x float> %3697, ptr %bacc463, align 64
  %3698 = shufflevector <16 x float> %exp2334, <16 x float> poison, <16 x i32> <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %3699 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3698, <16 x float> %bf16400, <16 x float> %3653)
  store <16 x float> %3699, ptr %33, align 64
  %3700 = shufflevector <16 x float> %exp2346, <16 x float> poison, <16 x i32> <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %3701 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3700, <16 x float> %bf16400, <16 x float> %3655)
  store <16 x float> %3701, ptr %40, align 64
  %3702 = shufflevector <16 x float> %exp2358, <16 x float> poison, <16 x i32> <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %3703 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3702, <16 x float> %bf16400, <16 x float> %3657)
  store <16 x float> %3703, ptr %47, align 64
  %3704 = shufflevector <16 x float> %exp2370, <16 x float> poison, <16 x i32> <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %3705 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3704, <16 x float> %bf16400, <16 x float> %3659)
  store <16 x float> %3705, ptr %54, align 64
  %3706 = shufflevector <16 x float> %exp2382, <16 x float> poison, <16 x i32> <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %3707 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3706, <16 x float> %bf16400, <16 x float> %3661)
  store <16 x float> %3707, ptr %61, align 64
  %3708 = getelementptr i8, ptr %3692, i64 32
  %3709 = load <16 x i16>, ptr %3708, align 2
  %3710 = zext <16 x i16> %3709 to <16 x i32>
  %3711 = shl nuw <16 x i32> %3710, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16401 = bitcast <16 x i32> %3711 to <16 x float>
  %3712 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3696, <16 x float> %bf16401, <16 x float> %3666)
  store <16 x float> %3712, ptr %28, align 64
  %3713 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3698, <16 x float> %bf16401, <16 x float> %3667)
  store <16 x float> %3713, ptr %34, align 64
  %3714 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3700, <16 x float> %bf16401, <16 x float> %3668)
  store <16 x float> %3714, ptr %41, align 64
  %3715 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3702, <16 x float> %bf16401, <16 x float> %3669)
  store <16 x float> %3715, ptr %48, align 64
  %3716 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3704, <16 x float> %bf16401, <16 x float> %3670)
  store <16 x float> %3716, ptr %55, align 64
  %3717 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3706, <16 x float> %bf16401, <16 x float> %3671)
  store <16 x float> %3717, ptr %62, align 64
  %3718 = getelementptr i8, ptr %3692, i64 64
  %3719 = load <16 x i16>, ptr %3718, align 2
  %3720 = zext <16 x i16> %3719 to <16 x i32>
  %3721 = shl nuw <16 x i32> %3720, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16402 = bitcast <16 x i32> %3721 to <16 x float>
  %3722 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3696, <16 x float> %bf16402, <16 x float> %3676)
  store <16 x float> %3722, ptr %29, align 64
  %3723 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3698, <16 x float> %bf16402, <16 x float> %3677)
  store <16 x float> %3723, ptr %35, align 64
  %3724 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3700, <16 x float> %bf16402, <16 x float> %3678)
  store <16 x float> %3724, ptr %42, align 64
  %3725 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3702, <16 x float> %bf16402, <16 x float> %3679)
  store <16 x float> %3725, ptr %49, align 64
  %3726 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3704, <16 x float> %bf16402, <16 x float> %3680)
  store <16 x float> %3726, ptr %56, align 64
  %3727 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3706, <16 x float> %bf16402, <16 x float> %3681)
  store <16 x float> %3727, ptr %63, align 64
  %3728 = getelementptr i8, ptr %3692, i64 96
  %3729 = load <16 x i16>, ptr %3728, align 2
  %3730 = zext <16 x i16> %3729 to <16 x i32>
  %3731 = shl nuw <16 x i32> %3730, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16403 = bitcast <16 x i32> %3731 to <16 x float>
  %3732 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3696, <16 x float> %bf16403, <16 x float> %3686)
  store <16 x float> %3732, ptr %30, align 64
  %3733 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3698, <16 x float> %bf16403, <16 x float> %3687)
  store <16 x float> %3733, ptr %36, align 64
  %3734 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3700, <16 x float> %bf16403, <16 x float> %3688)
  store <16 x float> %3734, ptr %43, align 64
  %3735 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3702, <16 x float> %bf16403, <16 x float> %3689)
  store <16 x float> %3735, ptr %50, align 64
  %3736 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3704, <16 x float> %bf16403, <16 x float> %3690)
  store <16 x float> %3736, ptr %57, align 64
  %3737 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3706, <16 x float> %bf16403, <16 x float> %3691)
  store <16 x float> %3737, ptr %64, align 64
  %3738 = getelementptr i8, ptr %21, i64 %2508
  %3739 = load <16 x i16>, ptr %3738, align 2
  %3740 = zext <16 x i16> %3739 to <16 x i32>
  %3741 = shl nuw <16 x i32> %3740, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16404 = bitcast <16 x i32> %3741 to <16 x float>
  %3742 = shufflevector <16 x float> %exp2322, <16 x float> poison, <16 x i32> <i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5>
  %3743 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3742, <16 x float> %bf16404, <16 x float> %3697)
  store <16 x float> %3743, ptr %bacc463, align 64
  %3744 = shufflevector <16 x float> %exp2334, <16 x float> poison, <16 x i32> <i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5>
  %3745 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3744, <16 x float> %bf16404, <16 x float> %3699)
  store <16 x float> %3745, ptr %33, align 64
  %3746 = shufflevector <16 x float> %exp2346, <16 x float> poison, <16 x i32> <i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5>
  %3747 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3746, <16 x float> %bf16404, <16 x float> %3701)
  store <16 x float> %3747, ptr %40, align 64
  %3748 = shufflevector <16 x float> %exp2358, <16 x float> poison, <16 x i32> <i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5>
  %3749 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3748, <16 x float> %bf16404, <16 x float> %3703)
  store <16 x float> %3749, ptr %47, align 64
  %3750 = shufflevector <16 x float> %exp2370, <16 x float> poison, <16 x i32> <i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5>
  %3751 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3750, <16 x float> %bf16404, <16 x float> %3705)
  store <16 x float> %3751, ptr %54, align 64
  %3752 = shufflevector <16 x float> %exp2382, <16 x float> poison, <16 x i32> <i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5>
  %3753 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3752, <16 x float> %bf16404, <16 x float> %3707)
  store <16 x float> %3753, ptr %61, align 64
  %3754 = getelementptr i8, ptr %3738, i64 32
  %3755 = load <16 x i16>, ptr %3754, align 2
  %3756 = zext <16 x i16> %3755 to <16 x i32>
  %3757 = shl nuw <16 x i32> %3756, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16405 = bitcast <16 x i32> %3757 to <16 x float>
  %3758 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3742, <16 x float> %bf16405, <16 x float> %3712)
  store <16 x float> %3758, ptr %28, align 64
  %3759 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3744, <16 x float> %bf16405, <16 x float> %3713)
  store <16 x float> %3759, ptr %34, align 64
  %3760 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3746, <16 x float> %bf16405, <16 x float> %3714)
  store <16 x float> %3760, ptr %41, align 64
  %3761 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3748, <16 x float> %bf16405, <16 x float> %3715)
  store <16 x float> %3761, ptr %48, align 64
  %3762 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3750, <16 x float> %bf16405, <16 x float> %3716)
  store <16 x float> %3762, ptr %55, align 64
  %3763 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3752, <16 x float> %bf16405, <16 x float> %3717)
  store <16 x float> %3763, ptr %62, align 64
  %3764 = getelementptr i8, ptr %3738, i64 64
  %3765 = load <16 x i16>, ptr %3764, align 2
  %3766 = zext <16 x i16> %3765 to <16 x i32>
  %3767 = shl nuw <16 x i32> %3766, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16406 = bitcast <16 x i32> %3767 to <16 x float>
  %3768 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3742, <16 x float> %bf16406, <16 x float> %3722)
  store <16 x float> %3768, ptr %29, align 64
  %3769 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3744, <16 x float> %bf16406, <16 x float> %3723)
  store <16 x float> %3769, ptr %35, align 64
  %3770 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3746, <16 x float> %bf16406, <16 x float> %3724)
  store <16 x float> %3770, ptr %42, align 64
  %3771 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3748, <16 x float> %bf16406, <16 x float> %3725)
  store <16 x float> %3771, ptr %49, align 64
  %3772 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3750, <16 x float> %bf16406, <16 x float> %3726)
  store <16 x float> %3772, ptr %56, align 64
  %3773 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3752, <16 x float> %bf16406, <16 x float> %3727)
  store <16 x float> %3773, ptr %63, align 64
  %3774 = getelementptr i8, ptr %3738, i64 96
  %3775 = load <16 x i16>, ptr %3774, align 2
  %3776 = zext <16 x i16> %3775 to <16 x i32>
  %3777 = shl nuw <16 x i32> %3776, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16407 = bitcast <16 x i32> %3777 to <16 x float>
  %3778 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3742, <16 x float> %bf16407, <16 x float> %3732)
  store <16 x float> %3778, ptr %30, align 64
  %3779 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3744, <16 x float> %bf16407, <16 x float> %3733)
  store <16 x float> %3779, ptr %36, align 64
  %3780 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3746, <16 x float> %bf16407, <16 x float> %3734)
  store <16 x float> %3780, ptr %43, align 64
  %3781 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3748, <16 x float> %bf16407, <16 x float> %3735)
  store <16 x float> %3781, ptr %50, align 64
  %3782 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3750, <16 x float> %bf16407, <16 x float> %3736)
  store <16 x float> %3782, ptr %57, align 64
  %3783 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3752, <16 x float> %bf16407, <16 x float> %3737)
  store <16 x float> %3783, ptr %64, align 64
  %3784 = getelementptr i8, ptr %21, i64 %2570
  %3785 = load <16 x i16>, ptr %3784, align 2
  %3786 = zext <16 x i16> %3785 to <16 x i32>
  %3787 = shl nuw <16 x i32> %3786, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16408 = bitcast <16 x i32> %3787 to <16 x float>
  %3788 = shufflevector <16 x float> %exp2322, <16 x float> poison, <16 x i32> <i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6>
  %3789 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3788, <16 x float> %bf16408, <16 x float> %3743)
  store <16 x float> %3789, ptr %bacc463, align 64
  %3790 = shufflevector <16 x float> %exp2334, <16 x float> poison, <16 x i32> <i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6>
  %3791 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3790, <16 x float> %bf16408, <16 x float> %3745)
  store <16 x float> %3791, ptr %33, align 64
  %3792 = shufflevector <16 x float> %exp2346, <16 x float> poison, <16 x i32> <i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6>
  %3793 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3792, <16 x float> %bf16408, <16 x float> %3747)
  store <16 x float> %3793, ptr %40, align 64
  %3794 = shufflevector <16 x float> %exp2358, <16 x float> poison, <16 x i32> <i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6>
  %3795 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3794, <16 x float> %bf16408, <16 x float> %3749)
  store <16 x float> %3795, ptr %47, align 64
  %3796 = shufflevector <16 x float> %exp2370, <16 x float> poison, <16 x i32> <i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6>
  %3797 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3796, <16 x float> %bf16408, <16 x float> %3751)
  store <16 x float> %3797, ptr %54, align 64
  %3798 = shufflevector <16 x float> %exp2382, <16 x float> poison, <16 x i32> <i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6>
  %3799 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3798, <16 x float> %bf16408, <16 x float> %3753)
  store <16 x float> %3799, ptr %61, align 64
  %3800 = getelementptr i8, ptr %3784, i64 32
  %3801 = load <16 x i16>, ptr %3800, align 2
  %3802 = zext <16 x i16> %3801 to <16 x i32>
  %3803 = shl nuw <16 x i32> %3802, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16409 = bitcast <16 x i32> %3803 to <16 x float>
  %3804 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3788, <16 x float> %bf16409, <16 x float> %3758)
  store <16 x float> %3804, ptr %28, align 64
  %3805 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3790, <16 x float> %bf16409, <16 x float> %3759)
  store <16 x float> %3805, ptr %34, align 64
  %3806 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3792, <16 x float> %bf16409, <16 x float> %3760)
  store <16 x float> %3806, ptr %41, align 64
  %3807 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3794, <16 x float> %bf16409, <16 x float> %3761)
  store <16 x float> %3807, ptr %48, align 64
  %3808 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3796, <16 x float> %bf16409, <16 x float> %3762)
  store <16 x float> %3808, ptr %55, align 64
  %3809 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3798, <16 x float> %bf16409, <16 x float> %3763)
  store <16 x float> %3809, ptr %62, align 64
  %3810 = getelementptr i8, ptr %3784, i64 64
  %3811 = load <16 x i16>, ptr %3810, align 2
  %3812 = zext <16 x i16> %3811 to <16 x i32>
  %3813 = shl nuw <16 x i32> %3812, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16410 = bitcast <16 x i32> %3813 to <16 x float>
  %3814 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3788, <16 x float> %bf16410, <16 x float> %3768)
  store <16 x float> %3814, ptr %29, align 64
  %3815 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3790, <16 x float> %bf16410, <16 x float> %3769)
  store <16 x float> %3815, ptr %35, align 64
  %3816 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3792, <16 x float> %bf16410, <16 x float> %3770)
  store <16 x float> %3816, ptr %42, align 64
  %3817 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3794, <16 x float> %bf16410, <16 x float> %3771)
  store <16 x float> %3817, ptr %49, align 64
  %3818 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3796, <16 x float> %bf16410, <16 x float> %3772)
  store <16 x float> %3818, ptr %56, align 64
  %3819 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3798, <16 x float> %bf16410, <16 x float> %3773)
  store <16 x float> %3819, ptr %63, align 64
  %3820 = getelementptr i8, ptr %3784, i64 96
  %3821 = load <16 x i16>, ptr %3820, align 2
  %3822 = zext <16 x i16> %3821 to <16 x i32>
  %3823 = shl nuw <16 x i32> %3822, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16411 = bitcast <16 x i32> %3823 to <16 x float>
  %3824 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3788, <16 x float> %bf16411, <16 x float> %3778)
  store <16 x float> %3824, ptr %30, align 64
  %3825 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3790, <16 x float> %bf16411, <16 x float> %3779)
  store <16 x float> %3825, ptr %36, align 64
  %3826 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3792, <16 x float> %bf16411, <16 x float> %3780)
  store <16 x float> %3826, ptr %43, align 64
  %3827 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3794, <16 x float> %bf16411, <16 x float> %3781)
  store <16 x float> %3827, ptr %50, align 64
  %3828 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3796, <16 x float> %bf16411, <16 x float> %3782)
  store <16 x float> %3828, ptr %57, align 64
  %3829 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3798, <16 x float> %bf16411, <16 x float> %3783)
  store <16 x float> %3829, ptr %64, align 64
  %3830 = getelementptr i8, ptr %21, i64 %2614
  %3831 = load <16 x i16>, ptr %3830, align 2
  %3832 = zext <16 x i16> %3831 to <16 x i32>
  %3833 = shl nuw <16 x i32> %3832, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16412 = bitcast <16 x i32> %3833 to <16 x float>
  %3834 = shufflevector <16 x float> %exp2322, <16 x float> poison, <16 x i32> <i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7>
  %3835 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3834, <16 x float> %bf16412, <16 x float> %3789)
  store <16 x float> %3835, ptr %bacc463, align 64
  %3836 = shufflevector <16 x float> %exp2334, <16 x float> poison, <16 x i32> <i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7>
  %3837 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3836, <16 x float> %bf16412, <16 x float> %3791)
  store <16 x float> %3837, ptr %33, align 64
  %3838 = shufflevector <16 x float> %exp2346, <16 x float> poison, <16 x i32> <i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7>
  %3839 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3838, <16 x float> %bf16412, <16 x float> %3793)
  store <16 x float> %3839, ptr %40, align 64
  %3840 = shufflevector <16 x float> %exp2358, <16 x float> poison, <16 x i32> <i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7>
  %3841 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3840, <16 x float> %bf16412, <16 x float> %3795)
  store <16 x float> %3841, ptr %47, align 64
  %3842 = shufflevector <16 x float> %exp2370, <16 x float> poison, <16 x i32> <i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7>
  %3843 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3842, <16 x float> %bf16412, <16 x float> %3797)
  store <16 x float> %3843, ptr %54, align 64
  %3844 = shufflevector <16 x float> %exp2382, <16 x float> poison, <16 x i32> <i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7>
  %3845 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3844, <16 x float> %bf16412, <16 x float> %3799)
  store <16 x float> %3845, ptr %61, align 64
  %3846 = getelementptr i8, ptr %3830, i64 32
  %3847 = load <16 x i16>, ptr %3846, align 2
  %3848 = zext <16 x i16> %3847 to <16 x i32>
  %3849 = shl nuw <16 x i32> %3848, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16413 = bitcast <16 x i32> %3849 to <16 x float>
  %3850 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3834, <16 x float> %bf16413, <16 x float> %3804)
  store <16 x float> %3850, ptr %28, align 64
  %3851 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3836, <16 x float> %bf16413, <16 x float> %3805)
  store <16 x float> %3851, ptr %34, align 64
  %3852 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3838, <16 x float> %bf16413, <16 x float> %3806)
  store <16 x float> %3852, ptr %41, align 64
  %3853 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3840, <16 x float> %bf16413, <16 x float> %3807)
  store <16 x float> %3853, ptr %48, align 64
  %3854 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3842, <16 x float> %bf16413, <16 x float> %3808)
  store <16 x float> %3854, ptr %55, align 64
  %3855 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3844, <16 x float> %bf16413, <16 x float> %3809)
  store <16 x float> %3855, ptr %62, align 64
  %3856 = getelementptr i8, ptr %3830, i64 64
  %3857 = load <16 x i16>, ptr %3856, align 2
  %3858 = zext <16 x i16> %3857 to <16 x i32>
  %3859 = shl nuw <16 x i32> %3858, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16414 = bitcast <16 x i32> %3859 to <16 x float>
  %3860 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3834, <16 x float> %bf16414, <16 x float> %3814)
  store <16 x float> %3860, ptr %29, align 64
  %3861 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3836, <16 x float> %bf16414, <16 x float> %3815)
  store <16 x float> %3861, ptr %35, align 64
  %3862 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3838, <16 x float> %bf16414, <16 x float> %3816)
  store <16 x float> %3862, ptr %42, align 64
  %3863 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3840, <16 x float> %bf16414, <16 x float> %3817)
  store <16 x float> %3863, ptr %49, align 64
  %3864 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3842, <16 x float> %bf16414, <16 x float> %3818)
  store <16 x float> %3864, ptr %56, align 64
  %3865 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3844, <16 x float> %bf16414, <16 x float> %3819)
  store <16 x float> %3865, ptr %63, align 64
  %3866 = getelementptr i8, ptr %3830, i64 96
  %3867 = load <16 x i16>, ptr %3866, align 2
  %3868 = zext <16 x i16> %3867 to <16 x i32>
  %3869 = shl nuw <16 x i32> %3868, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16415 = bitcast <16 x i32> %3869 to <16 x float>
  %3870 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3834, <16 x float> %bf16415, <16 x float> %3824)
  store <16 x float> %3870, ptr %30, align 64
  %3871 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3836, <16 x float> %bf16415, <16 x float> %3825)
  store <16 x float> %3871, ptr %36, align 64
  %3872 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3838, <16 x float> %bf16415, <16 x float> %3826)
  store <16 x float> %3872, ptr %43, align 64
  %3873 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3840, <16 x float> %bf16415, <16 x float> %3827)
  store <16 x float> %3873, ptr %50, align 64
  %3874 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3842, <16 x float> %bf16415, <16 x float> %3828)
  store <16 x float> %3874, ptr %57, align 64
  %3875 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3844, <16 x float> %bf16415, <16 x float> %3829)
  store <16 x float> %3875, ptr %64, align 64
  %3876 = getelementptr i8, ptr %21, i64 %2712
  %3877 = load <16 x i16>, ptr %3876, align 2
  %3878 = zext <16 x i16> %3877 to <16 x i32>
  %3879 = shl nuw <16 x i32> %3878, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16416 = bitcast <16 x i32> %3879 to <16 x float>
  %3880 = shufflevector <16 x float> %exp2322, <16 x float> poison, <16 x i32> <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %3881 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3880, <16 x float> %bf16416, <16 x float> %3835)
  store <16 x float> %3881, ptr %bacc463, align 64
  %3882 = shufflevector <16 x float> %exp2334, <16 x float> poison, <16 x i32> <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %3883 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3882, <16 x float> %bf16416, <16 x float> %3837)
  store <16 x float> %3883, ptr %33, align 64
  %3884 = shufflevector <16 x float> %exp2346, <16 x float> poison, <16 x i32> <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %3885 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3884, <16 x float> %bf16416, <16 x float> %3839)
  store <16 x float> %3885, ptr %40, align 64
  %3886 = shufflevector <16 x float> %exp2358, <16 x float> poison, <16 x i32> <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %3887 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3886, <16 x float> %bf16416, <16 x float> %3841)
  store <16 x float> %3887, ptr %47, align 64
  %3888 = shufflevector <16 x float> %exp2370, <16 x float> poison, <16 x i32> <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %3889 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3888, <16 x float> %bf16416, <16 x float> %3843)
  store <16 x float> %3889, ptr %54, align 64
  %3890 = shufflevector <16 x float> %exp2382, <16 x float> poison, <16 x i32> <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %3891 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3890, <16 x float> %bf16416, <16 x float> %3845)
  store <16 x float> %3891, ptr %61, align 64
  %3892 = getelementptr i8, ptr %3876, i64 32
  %3893 = load <16 x i16>, ptr %3892, align 2
  %3894 = zext <16 x i16> %3893 to <16 x i32>
  %3895 = shl nuw <16 x i32> %3894, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16417 = bitcast <16 x i32> %3895 to <16 x float>
  %3896 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3880, <16 x float> %bf16417, <16 x float> %3850)
  store <16 x float> %3896, ptr %28, align 64
  %3897 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3882, <16 x float> %bf16417, <16 x float> %3851)
  store <16 x float> %3897, ptr %34, align 64
  %3898 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3884, <16 x float> %bf16417, <16 x float> %3852)
  store <16 x float> %3898, ptr %41, align 64
  %3899 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3886, <16 x float> %bf16417, <16 x float> %3853)
  store <16 x float> %3899, ptr %48, align 64
  %3900 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3888, <16 x float> %bf16417, <16 x float> %3854)
  store <16 x float> %3900, ptr %55, align 64
  %3901 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3890, <16 x float> %bf16417, <16 x float> %3855)
  store <16 x float> %3901, ptr %62, align 64
  %3902 = getelementptr i8, ptr %3876, i64 64
  %3903 = load <16 x i16>, ptr %3902, align 2
  %3904 = zext <16 x i16> %3903 to <16 x i32>
  %3905 = shl nuw <16 x i32> %3904, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16418 = bitcast <16 x i32> %3905 to <16 x float>
  %3906 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3880, <16 x float> %bf16418, <16 x float> %3860)
  store <16 x float> %3906, ptr %29, align 64
  %3907 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3882, <16 x float> %bf16418, <16 x float> %3861)
  store <16 x float> %3907, ptr %35, align 64
  %3908 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3884, <16 x float> %bf16418, <16 x float> %3862)
  store <16 x float> %3908, ptr %42, align 64
  %3909 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3886, <16 x float> %bf16418, <16 x float> %3863)
  store <16 x float> %3909, ptr %49, align 64
  %3910 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3888, <16 x float> %bf16418, <16 x float> %3864)
  store <16 x float> %3910, ptr %56, align 64
  %3911 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3890, <16 x float> %bf16418, <16 x float> %3865)
  store <16 x float> %3911, ptr %63, align 64
  %3912 = getelementptr i8, ptr %3876, i64 96
  %3913 = load <16 x i16>, ptr %3912, align 2
  %3914 = zext <16 x i16> %3913 to <16 x i32>
  %3915 = shl nuw <16 x i32> %3914, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16419 = bitcast <16 x i32> %3915 to <16 x float>
  %3916 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3880, <16 x float> %bf16419, <16 x float> %3870)
  store <16 x float> %3916, ptr %30, align 64
  %3917 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3882, <16 x float> %bf16419, <16 x float> %3871)
  store <16 x float> %3917, ptr %36, align 64
  %3918 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3884, <16 x float> %bf16419, <16 x float> %3872)
  store <16 x float> %3918, ptr %43, align 64
  %3919 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3886, <16 x float> %bf16419, <16 x float> %3873)
  store <16 x float> %3919, ptr %50, align 64
  %3920 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3888, <16 x float> %bf16419, <16 x float> %3874)
  store <16 x float> %3920, ptr %57, align 64
  %3921 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3890, <16 x float> %bf16419, <16 x float> %3875)
  store <16 x float> %3921, ptr %64, align 64
  %3922 = getelementptr i8, ptr %21, i64 %2756
  %3923 = load <16 x i16>, ptr %3922, align 2
  %3924 = zext <16 x i16> %3923 to <16 x i32>
  %3925 = shl nuw <16 x i32> %3924, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16420 = bitcast <16 x i32> %3925 to <16 x float>
  %3926 = shufflevector <16 x float> %exp2322, <16 x float> poison, <16 x i32> <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %3927 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3926, <16 x float> %bf16420, <16 x float> %3881)
  store <16 x float> %3927, ptr %bacc463, align 64
  %3928 = shufflevector <16 x float> %exp2334, <16 x float> poison, <16 x i32> <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %3929 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3928, <16 x float> %bf16420, <16 x float> %3883)
  store <16 x float> %3929, ptr %33, align 64
  %3930 = shufflevector <16 x float> %exp2346, <16 x float> poison, <16 x i32> <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %3931 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3930, <16 x float> %bf16420, <16 x float> %3885)
  store <16 x float> %3931, ptr %40, align 64
  %3932 = shufflevector <16 x float> %exp2358, <16 x float> poison, <16 x i32> <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %3933 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3932, <16 x float> %bf16420, <16 x float> %3887)
  store <16 x float> %3933, ptr %47, align 64
  %3934 = shufflevector <16 x float> %exp2370, <16 x float> poison, <16 x i32> <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %3935 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3934, <16 x float> %bf16420, <16 x float> %3889)
  store <16 x float> %3935, ptr %54, align 64
  %3936 = shufflevector <16 x float> %exp2382, <16 x float> poison, <16 x i32> <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %3937 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3936, <16 x float> %bf16420, <16 x float> %3891)
  store <16 x float> %3937, ptr %61, align 64
  %3938 = getelementptr i8, ptr %3922, i64 32
  %3939 = load <16 x i16>, ptr %3938, align 2
  %3940 = zext <16 x i16> %3939 to <16 x i32>
  %3941 = shl nuw <16 x i32> %3940, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16421 = bitcast <16 x i32> %3941 to <16 x float>
  %3942 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3926, <16 x float> %bf16421, <16 x float> %3896)
  store <16 x float> %3942, ptr %28, align 64
  %3943 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3928, <16 x float> %bf16421, <16 x float> %3897)
  store <16 x float> %3943, ptr %34, align 64
  %3944 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3930, <16 x float> %bf16421, <16 x float> %3898)
  store <16 x float> %3944, ptr %41, align 64
  %3945 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3932, <16 x float> %bf16421, <16 x float> %3899)
  store <16 x float> %3945, ptr %48, align 64
  %3946 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3934, <16 x float> %bf16421, <16 x float> %3900)
  store <16 x float> %3946, ptr %55, align 64
  %3947 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3936, <16 x float> %bf16421, <16 x float> %3901)
  store <16 x float> %3947, ptr %62, align 64
  %3948 = getelementptr i8, ptr %3922, i64 64
  %3949 = load <16 x i16>, ptr %3948, align 2
  %3950 = zext <16 x i16> %3949 to <16 x i32>
  %3951 = shl nuw <16 x i32> %3950, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16422 = bitcast <16 x i32> %3951 to <16 x float>
  %3952 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3926, <16 x float> %bf16422, <16 x float> %3906)
  store <16 x float> %3952, ptr %29, align 64
  %3953 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3928, <16 x float> %bf16422, <16 x float> %3907)
  store <16 x float> %3953, ptr %35, align 64
  %3954 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3930, <16 x float> %bf16422, <16 x float> %3908)
  store <16 x float> %3954, ptr %42, align 64
  %3955 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3932, <16 x float> %bf16422, <16 x float> %3909)
  store <16 x float> %3955, ptr %49, align 64
  %3956 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3934, <16 x float> %bf16422, <16 x float> %3910)
  store <16 x float> %3956, ptr %56, align 64
  %3957 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3936, <16 x float> %bf16422, <16 x float> %3911)
  store <16 x float> %3957, ptr %63, align 64
  %3958 = getelementptr i8, ptr %3922, i64 96
  %3959 = load <16 x i16>, ptr %3958, align 2
  %3960 = zext <16 x i16> %3959 to <16 x i32>
  %3961 = shl nuw <16 x i32> %3960, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16423 = bitcast <16 x i32> %3961 to <16 x float>
  %3962 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3926, <16 x float> %bf16423, <16 x float> %3916)
  store <16 x float> %3962, ptr %30, align 64
  %3963 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3928, <16 x float> %bf16423, <16 x float> %3917)
  store <16 x float> %3963, ptr %36, align 64
  %3964 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3930, <16 x float> %bf16423, <16 x float> %3918)
  store <16 x float> %3964, ptr %43, align 64
  %3965 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3932, <16 x float> %bf16423, <16 x float> %3919)
  store <16 x float> %3965, ptr %50, align 64
  %3966 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3934, <16 x float> %bf16423, <16 x float> %3920)
  store <16 x float> %3966, ptr %57, align 64
  %3967 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3936, <16 x float> %bf16423, <16 x float> %3921)
  store <16 x float> %3967, ptr %64, align 64
  %3968 = getelementptr i8, ptr %21, i64 %2818
  %3969 = load <16 x i16>, ptr %3968, align 2
  %3970 = zext <16 x i16> %3969 to <16 x i32>
  %3971 = shl nuw <16 x i32> %3970, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16424 = bitcast <16 x i32> %3971 to <16 x float>
  %3972 = shufflevector <16 x float> %exp2322, <16 x float> poison, <16 x i32> <i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10>
  %3973 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3972, <16 x float> %bf16424, <16 x float> %3927)
  store <16 x float> %3973, ptr %bacc463, align 64
  %3974 = shufflevector <16 x float> %exp2334, <16 x float> poison, <16 x i32> <i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10>
  %3975 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3974, <16 x float> %bf16424, <16 x float> %3929)
  store <16 x float> %3975, ptr %33, align 64
  %3976 = shufflevector <16 x float> %exp2346, <16 x float> poison, <16 x i32> <i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10>
  %3977 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3976, <16 x float> %bf16424, <16 x float> %3931)
  store <16 x float> %3977, ptr %40, align 64
  %3978 = shufflevector <16 x float> %exp2358, <16 x float> poison, <16 x i32> <i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10>
  %3979 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3978, <16 x float> %bf16424, <16 x float> %3933)
  store <16 x float> %3979, ptr %47, align 64
  %3980 = shufflevector <16 x float> %exp2370, <16 x float> poison, <16 x i32> <i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10>
  %3981 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3980, <16 x float> %bf16424, <16 x float> %3935)
  store <16 x float> %3981, ptr %54, align 64
  %3982 = shufflevector <16 x float> %exp2382, <16 x float> poison, <16 x i32> <i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10>
  %3983 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3982, <16 x float> %bf16424, <16 x float> %3937)
  store <16 x float> %3983, ptr %61, align 64
  %3984 = getelementptr i8, ptr %3968, i64 32
  %3985 = load <16 x i16>, ptr %3984, align 2
  %3986 = zext <16 x i16> %3985 to <16 x i32>
  %3987 = shl nuw <16 x i32> %3986, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16425 = bitcast <16 x i32> %3987 to <16 x float>
  %3988 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3972, <16 x float> %bf16425, <16 x float> %3942)
  store <16 x float> %3988, ptr %28, align 64
  %3989 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3974, <16 x float> %bf16425, <16 x float> %3943)
  store <16 x float> %3989, ptr %34, align 64
  %3990 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3976, <16 x float> %bf16425, <16 x float> %3944)
  store <16 x float> %3990, ptr %41, align 64
  %3991 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3978, <16 x float> %bf16425, <16 x float> %3945)
  store <16 x float> %3991, ptr %48, align 64
  %3992 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3980, <16 x float> %bf16425, <16 x float> %3946)
  store <16 x float> %3992, ptr %55, align 64
  %3993 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3982, <16 x float> %bf16425, <16 x float> %3947)
  store <16 x float> %3993, ptr %62, align 64
  %3994 = getelementptr i8, ptr %3968, i64 64
  %3995 = load <16 x i16>, ptr %3994, align 2
  %3996 = zext <16 x i16> %3995 to <16 x i32>
  %3997 = shl nuw <16 x i32> %3996, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16426 = bitcast <16 x i32> %3997 to <16 x float>
  %3998 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3972, <16 x float> %bf16426, <16 x float> %3952)
  store <16 x float> %3998, ptr %29, align 64
  %3999 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3974, <16 x float> %bf16426, <16 x float> %3953)
  store <16 x float> %3999, ptr %35, align 64
  %4000 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3976, <16 x float> %bf16426, <16 x float> %3954)
  store <16 x float> %4000, ptr %42, align 64
  %4001 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3978, <16 x float> %bf16426, <16 x float> %3955)
  store <16 x float> %4001, ptr %49, align 64
  %4002 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3980, <16 x float> %bf16426, <16 x float> %3956)
  store <16 x float> %4002, ptr %56, align 64
  %4003 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3982, <16 x float> %bf16426, <16 x float> %3957)
  store <16 x float> %4003, ptr %63, align 64
  %4004 = getelementptr i8, ptr %3968, i64 96
  %4005 = load <16 x i16>, ptr %4004, align 2
  %4006 = zext <16 x i16> %4005 to <16 x i32>
  %4007 = shl nuw <16 x i32> %4006, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16427 = bitcast <16 x i32> %4007 to <16 x float>
  %4008 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3972, <16 x float> %bf16427, <16 x float> %3962)
  store <16 x float> %4008, ptr %30, align 64
  %4009 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3974, <16 x float> %bf16427, <16 x float> %3963)
  store <16 x float> %4009, ptr %36, align 64
  %4010 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3976, <16 x float> %bf16427, <16 x float> %3964)
  store <16 x float> %4010, ptr %43, align 64
  %4011 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3978, <16 x float> %bf16427, <16 x float> %3965)
  store <16 x float> %4011, ptr %50, align 64
  %4012 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3980, <16 x float> %bf16427, <16 x float> %3966)
  store <16 x float> %4012, ptr %57, align 64
  %4013 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3982, <16 x float> %bf16427, <16 x float> %3967)
  store <16 x float> %4013, ptr %64, align 64
  %4014 = getelementptr i8, ptr %21, i64 %2862
  %4015 = load <16 x i16>, ptr %4014, align 2
  %4016 = zext <16 x i16> %4015 to <16 x i32>
  %4017 = shl nuw <16 x i32> %4016, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16428 = bitcast <16 x i32> %4017 to <16 x float>
  %4018 = shufflevector <16 x float> %exp2322, <16 x float> poison, <16 x i32> <i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11>
  %4019 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4018, <16 x float> %bf16428, <16 x float> %3973)
  store <16 x float> %4019, ptr %bacc463, align 64
  %4020 = shufflevector <16 x float> %exp2334, <16 x float> poison, <16 x i32> <i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11>
  %4021 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4020, <16 x float> %bf16428, <16 x float> %3975)
  store <16 x float> %4021, ptr %33, align 64
  %4022 = shufflevector <16 x float> %exp2346, <16 x float> poison, <16 x i32> <i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11>
  %4023 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4022, <16 x float> %bf16428, <16 x float> %3977)
  store <16 x float> %4023, ptr %40, align 64
  %4024 = shufflevector <16 x float> %exp2358, <16 x float> poison, <16 x i32> <i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11>
  %4025 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4024, <16 x float> %bf16428, <16 x float> %3979)
  store <16 x float> %4025, ptr %47, align 64
  %4026 = shufflevector <16 x float> %exp2370, <16 x float> poison, <16 x i32> <i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11>
  %4027 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4026, <16 x float> %bf16428, <16 x float> %3981)
  store <16 x float> %4027, ptr %54, align 64
  %4028 = shufflevector <16 x float> %exp2382, <16 x float> poison, <16 x i32> <i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11>
  %4029 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4028, <16 x float> %bf16428, <16 x float> %3983)
  store <16 x float> %4029, ptr %61, align 64
  %4030 = getelementptr i8, ptr %4014, i64 32
  %4031 = load <16 x i16>, ptr %4030, align 2
  %4032 = zext <16 x i16> %4031 to <16 x i32>
  %4033 = shl nuw <16 x i32> %4032, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16429 = bitcast <16 x i32> %4033 to <16 x float>
  %4034 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4018, <16 x float> %bf16429, <16 x float> %3988)
  store <16 x float> %4034, ptr %28, align 64
  %4035 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4020, <16 x float> %bf16429, <16 x float> %3989)
  store <16 x float> %4035, ptr %34, align 64
  %4036 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4022, <16 x float> %bf16429, <16 x float> %3990)
  store <16 x float> %4036, ptr %41, align 64
  %4037 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4024, <16 x float> %bf16429, <16 x float> %3991)
  store <16 x float> %4037, ptr %48, align 64
  %4038 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4026, <16 x float> %bf16429, <16 x float> %3992)
  store <16 x float> %4038, ptr %55, align 64
  %4039 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4028, <16 x float> %bf16429, <16 x float> %3993)
  store <16 x float> %4039, ptr %62, align 64
  %4040 = getelementptr i8, ptr %4014, i64 64
  %4041 = load <16 x i16>, ptr %4040, align 2
  %4042 = zext <16 x i16> %4041 to <16 x i32>
  %4043 = shl nuw <16 x i32> %4042, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16430 = bitcast <16 x i32> %4043 to <16 x float>
  %4044 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4018, <16 x float> %bf16430, <16 x float> %3998)
  store <16 x float> %4044, ptr %29, align 64
  %4045 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4020, <16 x float> %bf16430, <16 x float> %3999)
  store <16 x float> %4045, ptr %35, align 64
  %4046 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4022, <16 x float> %bf16430, <16 x float> %4000)
  store <16 x float> %4046, ptr %42, align 64
  %4047 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4024, <16 x float> %bf16430, <16 x float> %4001)
  store <16 x float> %4047, ptr %49, align 64
  %4048 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4026, <16 x float> %bf16430, <16 x float> %4002)
  store <16 x float> %4048, ptr %56, align 64
  %4049 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4028, <16 x float> %bf16430, <16 x float> %4003)
  store <16 x float> %4049, ptr %63, align 64
  %4050 = getelementptr i8, ptr %4014, i64 96
  %4051 = load <16 x i16>, ptr %4050, align 2
  %4052 = zext <16 x i16> %4051 to <16 x i32>
  %4053 = shl nuw <16 x i32> %4052, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16431 = bitcast <16 x i32> %4053 to <16 x float>
  %4054 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4018, <16 x float> %bf16431, <16 x float> %4008)
  store <16 x float> %4054, ptr %30, align 64
  %4055 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4020, <16 x float> %bf16431, <16 x float> %4009)
  store <16 x float> %4055, ptr %36, align 64
  %4056 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4022, <16 x float> %bf16431, <16 x float> %4010)
  store <16 x float> %4056, ptr %43, align 64
  %4057 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4024, <16 x float> %bf16431, <16 x float> %4011)
  store <16 x float> %4057, ptr %50, align 64
  %4058 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4026, <16 x float> %bf16431, <16 x float> %4012)
  store <16 x float> %4058, ptr %57, align 64
  %4059 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4028, <16 x float> %bf16431, <16 x float> %4013)
  store <16 x float> %4059, ptr %64, align 64
  %4060 = getelementptr i8, ptr %21, i64 %2942
  %4061 = load <16 x i16>, ptr %4060, align 2
  %4062 = zext <16 x i16> %4061 to <16 x i32>
  %4063 = shl nuw <16 x i32> %4062, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16432 = bitcast <16 x i32> %4063 to <16 x float>
  %4064 = shufflevector <16 x float> %exp2322, <16 x float> poison, <16 x i32> <i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12>
  %4065 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4064, <16 x float> %bf16432, <16 x float> %4019)
  store <16 x float> %4065, ptr %bacc463, align 64
  %4066 = shufflevector <16 x float> %exp2334, <16 x float> poison, <16 x i32> <i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12>
  %4067 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4066, <16 x float> %bf16432, <16 x float> %4021)
  store <16 x float> %4067, ptr %33, align 64
  %4068 = shufflevector <16 x float> %exp2346, <16 x float> poison, <16 x i32> <i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12>
  %4069 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4068, <16 x float> %bf16432, <16 x float> %4023)
  store <16 x float> %4069, ptr %40, align 64
  %4070 = shufflevector <16 x float> %exp2358, <16 x float> poison, <16 x i32> <i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12>
  %4071 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4070, <16 x float> %bf16432, <16 x float> %4025)
  store <16 x float> %4071, ptr %47, align 64
  %4072 = shufflevector <16 x float> %exp2370, <16 x float> poison, <16 x i32> <i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12>
  %4073 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4072, <16 x float> %bf16432, <16 x float> %4027)
  store <16 x float> %4073, ptr %54, align 64
  %4074 = shufflevector <16 x float> %exp2382, <16 x float> poison, <16 x i32> <i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12>
  %4075 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4074, <16 x float> %bf16432, <16 x float> %4029)
  store <16 x float> %4075, ptr %61, align 64
  %4076 = getelementptr i8, ptr %4060, i64 32
  %4077 = load <16 x i16>, ptr %4076, align 2
  %4078 = zext <16 x i16> %4077 to <16 x i32>
  %4079 = shl nuw <16 x i32> %4078, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16433 = bitcast <16 x i32> %4079 to <16 x float>
  %4080 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4064, <16 x float> %bf16433, <16 x float> %4034)
  store <16 x float> %4080, ptr %28, align 64
  %4081 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4066, <16 x float> %bf16433, <16 x float> %4035)
  store <16 x float> %4081, ptr %34, align 64
  %4082 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4068, <16 x float> %bf16433, <16 x float> %4036)
  store <16 x float> %4082, ptr %41, align 64
  %4083 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4070, <16 x float> %bf16433, <16 x float> %4037)
  store <16 x float> %4083, ptr %48, align 64
  %4084 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4072, <16 x float> %bf16433, <16 x float> %4038)
  store <16 x float> %4084, ptr %55, align 64
  %4085 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4074, <16 x float> %bf16433, <16 x float> %4039)
  store <16 x float> %4085, ptr %62, align 64
  %4086 = getelementptr i8, ptr %4060, i64 64
  %4087 = load <16 x i16>, ptr %4086, align 2
  %4088 = zext <16 x i16> %4087 to <16 x i32>
  %4089 = shl nuw <16 x i32> %4088, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16434 = bitcast <16 x i32> %4089 to <16 x float>
  %4090 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4064, <16 x float> %bf16434, <16 x float> %4044)
  store <16 x float> %4090, ptr %29, align 64
  %4091 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4066, <16 x float> %bf16434, <16 x float> %4045)
  store <16 x float> %4091, ptr %35, align 64
  %4092 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4068, <16 x float> %bf16434, <16 x float> %4046)
  store <16 x float> %4092, ptr %42, align 64
  %4093 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4070, <16 x float> %bf16434, <16 x float> %4047)
  store <16 x float> %4093, ptr %49, align 64
  %4094 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4072, <16 x float> %bf16434, <16 x float> %4048)
  store <16 x float> %4094, ptr %56, align 64
  %4095 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4074, <16 x float> %bf16434, <16 x float> %4049)
  store <16 x float> %4095, ptr %63, align 64
  %4096 = getelementptr i8, ptr %4060, i64 96
  %4097 = load <16 x i16>, ptr %4096, align 2
  %4098 = zext <16 x i16> %4097 to <16 x i32>
  %4099 = shl nuw <16 x i32> %4098, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16435 = bitcast <16 x i32> %4099 to <16 x float>
  %4100 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4064, <16 x float> %bf16435, <16 x float> %4054)
  store <16 x float> %4100, ptr %30, align 64
  %4101 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4066, <16 x float> %bf16435, <16 x float> %4055)
  store <16 x float> %4101, ptr %36, align 64
  %4102 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4068, <16 x float> %bf16435, <16 x float> %4056)
  store <16 x float> %4102, ptr %43, align 64
  %4103 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4070, <16 x float> %bf16435, <16 x float> %4057)
  store <16 x float> %4103, ptr %50, align 64
  %4104 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4072, <16 x float> %bf16435, <16 x float> %4058)
  store <16 x float> %4104, ptr %57, align 64
  %4105 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4074, <16 x float> %bf16435, <16 x float> %4059)
  store <16 x float> %4105, ptr %64, align 64
  %4106 = getelementptr i8, ptr %21, i64 %2986
  %4107 = load <16 x i16>, ptr %4106, align 2
  %4108 = zext <16 x i16> %4107 to <16 x i32>
  %4109 = shl nuw <16 x i32> %4108, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16436 = bitcast <16 x i32> %4109 to <16 x float>
  %4110 = shufflevector <16 x float> %exp2322, <16 x float> poison, <16 x i32> <i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13>
  %4111 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4110, <16 x float> %bf16436, <16 x float> %4065)
  store <16 x float> %4111, ptr %bacc463, align 64
  %4112 = shufflevector <16 x float> %exp2334, <16 x float> poison, <16 x i32> <i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13>
  %4113 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4112, <16 x float> %bf16436, <16 x float> %4067)
  store <16 x float> %4113, ptr %33, align 64
  %4114 = shufflevector <16 x float> %exp2346, <16 x float> poison, <16 x i32> <i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13>
  %4115 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4114, <16 x float> %bf16436, <16 x float> %4069)
  store <16 x float> %4115, ptr %40, align 64
  %4116 = shufflevector <16 x float> %exp2358, <16 x float> poison, <16 x i32> <i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13>
  %4117 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4116, <16 x float> %bf16436, <16 x float> %4071)
  store <16 x float> %4117, ptr %47, align 64
  %4118 = shufflevector <16 x float> %exp2370, <16 x float> poison, <16 x i32> <i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13>
  %4119 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4118, <16 x float> %bf16436, <16 x float> %4073)
  store <16 x float> %4119, ptr %54, align 64
  %4120 = shufflevector <16 x float> %exp2382, <16 x float> poison, <16 x i32> <i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13>
  %4121 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4120, <16 x float> %bf16436, <16 x float> %4075)
  store <16 x float> %4121, ptr %61, align 64
  %4122 = getelementptr i8, ptr %4106, i64 32
  %4123 = load <16 x i16>, ptr %4122, align 2
  %4124 = zext <16 x i16> %4123 to <16 x i32>
  %4125 = shl nuw <16 x i32> %4124, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16437 = bitcast <16 x i32> %4125 to <16 x float>
  %4126 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4110, <16 x float> %bf16437, <16 x float> %4080)
  store <16 x float> %4126, ptr %28, align 64
  %4127 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4112, <16 x float> %bf16437, <16 x float> %4081)
  store <16 x float> %4127, ptr %34, align 64
  %4128 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4114, <16 x float> %bf16437, <16 x float> %4082)
  store <16 x float> %4128, ptr %41, align 64
  %4129 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4116, <16 x float> %bf16437, <16 x float> %4083)
  store <16 x float> %4129, ptr %48, align 64
  %4130 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4118, <16 x float> %bf16437, <16 x float> %4084)
  store <16 x float> %4130, ptr %55, align 64
  %4131 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4120, <16 x float> %bf16437, <16 x float> %4085)
  store <16 x float> %4131, ptr %62, align 64
  %4132 = getelementptr i8, ptr %4106, i64 64
  %4133 = load <16 x i16>, ptr %4132, align 2
  %4134 = zext <16 x i16> %4133 to <16 x i32>
  %4135 = shl nuw <16 x i32> %4134, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16438 = bitcast <16 x i32> %4135 to <16 x float>
  %4136 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4110, <16 x float> %bf16438, <16 x float> %4090)
  store <16 x float> %4136, ptr %29, align 64
  %4137 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4112, <16 x float> %bf16438, <16 x float> %4091)
  store <16 x float> %4137, ptr %35, align 64
  %4138 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4114, <16 x float> %bf16438, <16 x float> %4092)
  store <16 x float> %4138, ptr %42, align 64
  %4139 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4116, <16 x float> %bf16438, <16 x float> %4093)
  store <16 x float> %4139, ptr %49, align 64
  %4140 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4118, <16 x float> %bf16438, <16 x float> %4094)
  store <16 x float> %4140, ptr %56, align 64
  %4141 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4120, <16 x float> %bf16438, <16 x float> %4095)
  store <16 x float> %4141, ptr %63, align 64
  %4142 = getelementptr i8, ptr %4106, i64 96
  %4143 = load <16 x i16>, ptr %4142, align 2
  %4144 = zext <16 x i16> %4143 to <16 x i32>
  %4145 = shl nuw <16 x i32> %4144, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16439 = bitcast <16 x i32> %4145 to <16 x float>
  %4146 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4110, <16 x float> %bf16439, <16 x float> %4100)
  store <16 x float> %4146, ptr %30, align 64
  %4147 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4112, <16 x float> %bf16439, <16 x float> %4101)
  store <16 x float> %4147, ptr %36, align 64
  %4148 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4114, <16 x float> %bf16439, <16 x float> %4102)
  store <16 x float> %4148, ptr %43, align 64
  %4149 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4116, <16 x float> %bf16439, <16 x float> %4103)
  store <16 x float> %4149, ptr %50, align 64
  %4150 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4118, <16 x float> %bf16439, <16 x float> %4104)
  store <16 x float> %4150, ptr %57, align 64
  %4151 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4120, <16 x float> %bf16439, <16 x float> %4105)
  store <16 x float> %4151, ptr %64, align 64
  %4152 = getelementptr i8, ptr %21, i64 %3048
  %4153 = load <16 x i16>, ptr %4152, align 2
  %4154 = zext <16 x i16> %4153 to <16 x i32>
  %4155 = shl nuw <16 x i32> %4154, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16440 = bitcast <16 x i32> %4155 to <16 x float>
  %4156 = shufflevector <16 x float> %exp2322, <16 x float> poison, <16 x i32> <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %4157 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4156, <16 x float> %bf16440, <16 x float> %4111)
  store <16 x float> %4157, ptr %bacc463, align 64
  %4158 = shufflevector <16 x float> %exp2334, <16 x float> poison, <16 x i32> <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %4159 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4158, <16 x float> %bf16440, <16 x float> %4113)
  store <16 x float> %4159, ptr %33, align 64
  %4160 = shufflevector <16 x float> %exp2346, <16 x float> poison, <16 x i32> <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %4161 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4160, <16 x float> %bf16440, <16 x float> %4115)
  store <16 x float> %4161, ptr %40, align 64
  %4162 = shufflevector <16 x float> %exp2358, <16 x float> poison, <16 x i32> <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %4163 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4162, <16 x float> %bf16440, <16 x float> %4117)
  store <16 x float> %4163, ptr %47, align 64
  %4164 = shufflevector <16 x float> %exp2370, <16 x float> poison, <16 x i32> <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %4165 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4164, <16 x float> %bf16440, <16 x float> %4119)
  store <16 x float> %4165, ptr %54, align 64
  %4166 = shufflevector <16 x float> %exp2382, <16 x float> poison, <16 x i32> <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %4167 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4166, <16 x float> %bf16440, <16 x float> %4121)
  store <16 x float> %4167, ptr %61, align 64
  %4168 = getelementptr i8, ptr %4152, i64 32
  %4169 = load <16 x i16>, ptr %4168, align 2
  %4170 = zext <16 x i16> %4169 to <16 x i32>
  %4171 = shl nuw <16 x i32> %4170, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16441 = bitcast <16 x i32> %4171 to <16 x float>
  %4172 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4156, <16 x float> %bf16441, <16 x float> %4126)
  store <16 x float> %4172, ptr %28, align 64
  %4173 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4158, <16 x float> %bf16441, <16 x float> %4127)
  store <16 x float> %4173, ptr %34, align 64
  %4174 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4160, <16 x float> %bf16441, <16 x float> %4128)
  store <16 x float> %4174, ptr %41, align 64
  %4175 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4162, <16 x float> %bf16441, <16 x float> %4129)
  store <16 x float> %4175, ptr %48, align 64
  %4176 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4164, <16 x float> %bf16441, <16 x float> %4130)
  store <16 x float> %4176, ptr %55, align 64
  %4177 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4166, <16 x float> %bf16441, <16 x float> %4131)
  store <16 x float> %4177, ptr %62, align 64
  %4178 = getelementptr i8, ptr %4152, i64 64
  %4179 = load <16 x i16>, ptr %4178, align 2
  %4180 = zext <16 x i16> %4179 to <16 x i32>
  %4181 = shl nuw <16 x i32> %4180, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16442 = bitcast <16 x i32> %4181 to <16 x float>
  %4182 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4156, <16 x float> %bf16442, <16 x float> %4136)
  store <16 x float> %4182, ptr %29, align 64
  %4183 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4158, <16 x float> %bf16442, <16 x float> %4137)
  store <16 x float> %4183, ptr %35, align 64
  %4184 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4160, <16 x float> %bf16442, <16 x float> %4138)
  store <16 x float> %4184, ptr %42, align 64
  %4185 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4162, <16 x float> %bf16442, <16 x float> %4139)
  store <16 x float> %4185, ptr %49, align 64
  %4186 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4164, <16 x float> %bf16442, <16 x float> %4140)
  store <16 x float> %4186, ptr %56, align 64
  %4187 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4166, <16 x float> %bf16442, <16 x float> %4141)
  store <16 x float> %4187, ptr %63, align 64
  %4188 = getelementptr i8, ptr %4152, i64 96
  %4189 = load <16 x i16>, ptr %4188, align 2
  %4190 = zext <16 x i16> %4189 to <16 x i32>
  %4191 = shl nuw <16 x i32> %4190, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16443 = bitcast <16 x i32> %4191 to <16 x float>
  %4192 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4156, <16 x float> %bf16443, <16 x float> %4146)
  store <16 x float> %4192, ptr %30, align 64
  %4193 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4158, <16 x float> %bf16443, <16 x float> %4147)
  store <16 x float> %4193, ptr %36, align 64
  %4194 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4160, <16 x float> %bf16443, <16 x float> %4148)
  store <16 x float> %4194, ptr %43, align 64
  %4195 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4162, <16 x float> %bf16443, <16 x float> %4149)
  store <16 x float> %4195, ptr %50, align 64
  %4196 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4164, <16 x float> %bf16443, <16 x float> %4150)
  store <16 x float> %4196, ptr %57, align 64
  %4197 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4166, <16 x float> %bf16443, <16 x float> %4151)
  store <16 x float> %4197, ptr %64, align 64
  %4198 = getelementptr i8, ptr %21, i64 %3092
  %4199 = load <16 x i16>, ptr %4198, align 2
  %4200 = zext <16 x i16> %4199 to <16 x i32>
  %4201 = shl nuw <16 x i32> %4200, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16444 = bitcast <16 x i32> %4201 to <16 x float>
  %4202 = shufflevector <16 x float> %exp2322, <16 x float> poison, <16 x i32> <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %4203 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4202, <16 x float> %bf16444, <16 x float> %4157)
  store <16 x float> %4203, ptr %bacc463, align 64
  %4204 = shufflevector <16 x float> %exp2334, <16 x float> poison, <16 x i32> <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %4205 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4204, <16 x float> %bf16444, <16 x float> %4159)
  store <16 x float> %4205, ptr %33, align 64
  %4206 = shufflevector <16 x float> %exp2346, <16 x float> poison, <16 x i32> <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %4207 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4206, <16 x float> %bf16444, <16 x float> %4161)
  store <16 x float> %4207, ptr %40, align 64
  %4208 = shufflevector <16 x float> %exp2358, <16 x float> poison, <16 x i32> <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %4209 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4208, <16 x float> %bf16444, <16 x float> %4163)
  store <16 x float> %4209, ptr %47, align 64
  %4210 = shufflevector <16 x float> %exp2370, <16 x float> poison, <16 x i32> <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %4211 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4210, <16 x float> %bf16444, <16 x float> %4165)
  store <16 x float> %4211, ptr %54, align 64
  %4212 = shufflevector <16 x float> %exp2382, <16 x float> poison, <16 x i32> <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %4213 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4212, <16 x float> %bf16444, <16 x float> %4167)
  store <16 x float> %4213, ptr %61, align 64
  %4214 = getelementptr i8, ptr %4198, i64 32
  %4215 = load <16 x i16>, ptr %4214, align 2
  %4216 = zext <16 x i16> %4215 to <16 x i32>
  %4217 = shl nuw <16 x i32> %4216, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16445 = bitcast <16 x i32> %4217 to <16 x float>
  %4218 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4202, <16 x float> %bf16445, <16 x float> %4172)
  store <16 x float> %4218, ptr %28, align 64
  %4219 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4204, <16 x float> %bf16445, <16 x float> %4173)
  store <16 x float> %4219, ptr %34, align 64
  %4220 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4206, <16 x float> %bf16445, <16 x float> %4174)
  store <16 x float> %4220, ptr %41, align 64
  %4221 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4208, <16 x float> %bf16445, <16 x float> %4175)
  store <16 x float> %4221, ptr %48, align 64
  %4222 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4210, <16 x float> %bf16445, <16 x float> %4176)
  store <16 x float> %4222, ptr %55, align 64
  %4223 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4212, <16 x float> %bf16445, <16 x float> %4177)
  store <16 x float> %4223, ptr %62, align 64
  %4224 = getelementptr i8, ptr %4198, i64 64
  %4225 = load <16 x i16>, ptr %4224, align 2
  %4226 = zext <16 x i16> %4225 to <16 x i32>
  %4227 = shl nuw <16 x i32> %4226, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16446 = bitcast <16 x i32> %4227 to <16 x float>
  %4228 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4202, <16 x float> %bf16446, <16 x float> %4182)
  store <16 x float> %4228, ptr %29, align 64
  %4229 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4204, <16 x float> %bf16446, <16 x float> %4183)
  store <16 x float> %4229, ptr %35, align 64
  %4230 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4206, <16 x float> %bf16446, <16 x float> %4184)
  store <16 x float> %4230, ptr %42, align 64
  %4231 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4208, <16 x float> %bf16446, <16 x float> %4185)
  store <16 x float> %4231, ptr %49, align 64
  %4232 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4210, <16 x float> %bf16446, <16 x float> %4186)
  store <16 x float> %4232, ptr %56, align 64
  %4233 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4212, <16 x float> %bf16446, <16 x float> %4187)
  store <16 x float> %4233, ptr %63, align 64
  %4234 = getelementptr i8, ptr %4198, i64 96
  %4235 = load <16 x i16>, ptr %4234, align 2
  %4236 = zext <16 x i16> %4235 to <16 x i32>
  %4237 = shl nuw <16 x i32> %4236, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16447 = bitcast <16 x i32> %4237 to <16 x float>
  %4238 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4202, <16 x float> %bf16447, <16 x float> %4192)
  store <16 x float> %4238, ptr %30, align 64
  %4239 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4204, <16 x float> %bf16447, <16 x float> %4193)
  store <16 x float> %4239, ptr %36, align 64
  %4240 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4206, <16 x float> %bf16447, <16 x float> %4194)
  store <16 x float> %4240, ptr %43, align 64
  %4241 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4208, <16 x float> %bf16447, <16 x float> %4195)
  store <16 x float> %4241, ptr %50, align 64
  %4242 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4210, <16 x float> %bf16447, <16 x float> %4196)
  store <16 x float> %4242, ptr %57, align 64
  %4243 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %4212, <16 x float> %bf16447, <16 x float> %4197)
  store <16 x float> %4243, ptr %64, align 64
  %4244 = add nsw i32 %kmask223, 16
  br label %kmask

exit222:                                          ; preds = %kmask
  %4245 = load float, ptr %bm465, align 4
  store float %4245, ptr %119, align 4
  %4246 = load <16 x float>, ptr %bl464, align 64
  store <16 x float> %4246, ptr %120, align 64
  %4247 = load <16 x float>, ptr %bacc463, align 64
  store <16 x float> %4247, ptr %124, align 64
  %4248 = load <16 x float>, ptr %28, align 64
  store <16 x float> %4248, ptr %127, align 64
  %4249 = load <16 x float>, ptr %29, align 64
  store <16 x float> %4249, ptr %130, align 64
  %4250 = load <16 x float>, ptr %30, align 64
  store <16 x float> %4250, ptr %133, align 64
  %4251 = load float, ptr %31, align 4
  store float %4251, ptr %136, align 4
  %4252 = load <16 x float>, ptr %32, align 64
  store <16 x float> %4252, ptr %137, align 64
  %4253 = load <16 x float>, ptr %33, align 64
  store <16 x float> %4253, ptr %141, align 64
  %4254 = load <16 x float>, ptr %34, align 64
  store <16 x float> %4254, ptr %144, align 64
  %4255 = load <16 x float>, ptr %35, align 64
  store <16 x float> %4255, ptr %147, align 64
  %4256 = load <16 x float>, ptr %36, align 64
  store <16 x float> %4256, ptr %150, align 64
  %4257 = load float, ptr %38, align 4
  store float %4257, ptr %153, align 4
  %4258 = load <16 x float>, ptr %39, align 64
  store <16 x float> %4258, ptr %154, align 64
  %4259 = load <16 x float>, ptr %40, align 64
  store <16 x float> %4259, ptr %158, align 64
  %4260 = load <16 x float>, ptr %41, align 64
  store <16 x float> %4260, ptr %161, align 64
  %4261 = load <16 x float>, ptr %42, align 64
  store <16 x float> %4261, ptr %164, align 64
  store <16 x float> %2230, ptr %167, align 64
  %4262 = load float, ptr %45, align 4
  store float %4262, ptr %170, align 4
  %4263 = load <16 x float>, ptr %46, align 64
  store <16 x float> %4263, ptr %171, align 64
  store <16 x float> %2229, ptr %175, align 64
  store <16 x float> %2228, ptr %178, align 64
  store <16 x float> %2227, ptr %181, align 64
  store <16 x float> %2226, ptr %184, align 64
  %4264 = load float, ptr %52, align 4
  store float %4264, ptr %187, align 4
  %4265 = load <16 x float>, ptr %53, align 64
  store <16 x float> %4265, ptr %188, align 64
  store <16 x float> %2225, ptr %192, align 64
  store <16 x float> %2224, ptr %195, align 64
  store <16 x float> %2223, ptr %198, align 64
  store <16 x float> %2222, ptr %201, align 64
  %4266 = load float, ptr %59, align 4
  store float %4266, ptr %204, align 4
  %4267 = load <16 x float>, ptr %60, align 64
  store <16 x float> %4267, ptr %205, align 64
  store <16 x float> %2221, ptr %209, align 64
  store <16 x float> %2220, ptr %212, align 64
  store <16 x float> %2219, ptr %215, align 64
  store <16 x float> %2218, ptr %218, align 64
  br label %join

orow448:                                          ; preds = %orow448.preheader, %written
  %orow452 = phi i32 [ %4312, %written ], [ 0, %orow448.preheader ]
  %4268 = icmp slt i32 %orow452, %nrows.fr
  br i1 %4268, label %body449, label %done

body449:                                          ; preds = %orow448
  %4269 = zext nneg i32 %orow452 to i64
  %4270 = getelementptr <16 x float>, ptr %ls467, i64 %4269
  %4271 = load <16 x float>, ptr %4270, align 64
  %4272 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %4271)
  %4273 = shl nuw nsw i64 %4269, 2
  %4274 = getelementptr <16 x float>, ptr %accs468, i64 %4273
  %4275 = load <16 x float>, ptr %4274, align 64
  %4276 = or disjoint i64 %4273, 1
  %4277 = getelementptr <16 x float>, ptr %accs468, i64 %4276
  %4278 = load <16 x float>, ptr %4277, align 64
  %4279 = or disjoint i64 %4273, 2
  %4280 = getelementptr <16 x float>, ptr %accs468, i64 %4279
  %4281 = load <16 x float>, ptr %4280, align 64
  %4282 = or disjoint i64 %4273, 3
  %4283 = getelementptr <16 x float>, ptr %accs468, i64 %4282
  %4284 = load <16 x float>, ptr %4283, align 64
  br i1 %.not, label %final, label %partial

partial:                                          ; preds = %body449
  %4285 = getelementptr float, ptr %ms466, i64 %4269
  %m453 = load float, ptr %4285, align 4
  %.idx = shl nuw nsw i64 %4269, 8
  %4286 = getelementptr i8, ptr %part, i64 %.idx
  store <16 x float> %4275, ptr %4286, align 4
  %4287 = getelementptr i8, ptr %4286, i64 64
  store <16 x float> %4278, ptr %4287, align 4
  %4288 = getelementptr i8, ptr %4286, i64 128
  store <16 x float> %4281, ptr %4288, align 4
  %4289 = getelementptr i8, ptr %4286, i64 192
  store <16 x float> %4284, ptr %4289, align 4
  %4290 = add nuw nsw i64 %116, %4269
  %4291 = getelementptr float, ptr %part, i64 %4290
  store float %m453, ptr %4291, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %4290
  store float %4272, ptr %gep, align 4
  br label %written

final:                                            ; preds = %body449
  %4292 = sdiv i32 %orow452, %nh
  %qi454 = add i32 %q_begin, %4292
  %4293 = srem i32 %orow452, %nh
  %h455 = add i32 %h_begin, %4293
  %hq456 = add i32 %26, %h455
  %4294 = sext i32 %qi454 to i64
  %4295 = add i64 %q_row0, %4294
  %4296 = sext i32 %hq456 to i64
  %4297 = fcmp oeq float %4272, 0.000000e+00
  %4298 = fdiv float 1.000000e+00, %4272
  %4299 = select i1 %4297, float 0.000000e+00, float %4298
  %4300 = shl i64 %4295, 12
  %4301 = shl nsw i64 %4296, 8
  %4302 = getelementptr i8, ptr %out, i64 %4300
  %4303 = getelementptr i8, ptr %4302, i64 %4301
  %4304 = insertelement <16 x float> poison, float %4299, i64 0
  %splat458 = shufflevector <16 x float> %4304, <16 x float> poison, <16 x i32> zeroinitializer
  %4305 = fmul <16 x float> %4275, %splat458
  store <16 x float> %4305, ptr %4303, align 4
  %4306 = fmul <16 x float> %4278, %splat458
  %4307 = getelementptr i8, ptr %4303, i64 64
  store <16 x float> %4306, ptr %4307, align 4
  %4308 = fmul <16 x float> %4281, %splat458
  %4309 = getelementptr i8, ptr %4303, i64 128
  store <16 x float> %4308, ptr %4309, align 4
  %4310 = fmul <16 x float> %4284, %splat458
  %4311 = getelementptr i8, ptr %4303, i64 192
  store <16 x float> %4310, ptr %4311, align 4
  br label %written

written:                                          ; preds = %final, %partial
  %4312 = add nuw nsw i32 %orow452, 1
  br label %orow448
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fmax.v16f32(<16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fadd.v16f32(float, <16 x float>) #1

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
